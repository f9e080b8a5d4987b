package scot.cairn.tendering;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

interface TenderRepository extends ListCrudRepository<Tender, Long> {

    List<Tender> findByPartnershipIdOrderByNumber(long partnershipId);

    Optional<Tender> findByIdAndPartnershipId(long id, long partnershipId);

    long countByPartnershipId(long partnershipId);

    Optional<Tender> findByDecisionIdAndStatus(long decisionId, TenderStatus status);
}
