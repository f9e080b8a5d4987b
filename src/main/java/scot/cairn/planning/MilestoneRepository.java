package scot.cairn.planning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface MilestoneRepository extends ListCrudRepository<Milestone, Long> {

    List<Milestone> findByPartnershipIdOrderByDueAscIdAsc(long partnershipId);

    Optional<Milestone> findByIdAndPartnershipId(long id, long partnershipId);

    long countByPartnershipId(long partnershipId);
}
