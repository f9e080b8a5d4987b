package scot.cairn.governance;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

interface DecisionRepository extends ListCrudRepository<BoardDecision, Long> {

    List<BoardDecision> findByPartnershipIdOrderByNumber(long partnershipId);

    int countByPartnershipId(long partnershipId);

    List<BoardDecision> findBySupersedesId(long supersedesId);

    List<BoardDecision> findByPartnershipIdAndRiskIdOrderByNumber(long partnershipId, long riskId);
}
