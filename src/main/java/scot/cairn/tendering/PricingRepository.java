package scot.cairn.tendering;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface PricingRepository extends ListCrudRepository<Pricing, Long> {

    Optional<Pricing> findByPartnershipId(long partnershipId);
}
