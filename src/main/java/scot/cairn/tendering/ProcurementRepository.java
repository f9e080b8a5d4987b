package scot.cairn.tendering;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface ProcurementRepository extends ListCrudRepository<Procurement, Long> {

    Optional<Procurement> findByPartnershipId(long partnershipId);
}
