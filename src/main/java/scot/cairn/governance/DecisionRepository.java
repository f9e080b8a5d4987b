package scot.cairn.governance;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DecisionRepository extends ListCrudRepository<BoardDecision, Long> {

    List<BoardDecision> findByPartnershipIdOrderByNumber(long partnershipId);

    List<BoardDecision> findBySupersedesId(long supersedesId);

    @Query("select coalesce(max(number), 0) + 1 from governance_decision where partnership_id = :partnershipId")
    int nextNumber(long partnershipId);
}
