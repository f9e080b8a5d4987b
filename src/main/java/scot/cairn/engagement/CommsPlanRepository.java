package scot.cairn.engagement;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface CommsPlanRepository extends ListCrudRepository<CommsPlan, Long> {

    Optional<CommsPlan> findByPartnershipId(long partnershipId);
}
