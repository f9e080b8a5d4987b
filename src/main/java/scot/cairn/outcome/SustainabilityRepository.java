package scot.cairn.outcome;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface SustainabilityRepository extends ListCrudRepository<Sustainability, Long> {
    Optional<Sustainability> findByPartnershipId(long partnershipId);
}
