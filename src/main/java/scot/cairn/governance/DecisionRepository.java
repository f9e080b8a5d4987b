package scot.cairn.governance;

import java.util.List;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface DecisionRepository extends ListCrudRepository<BoardDecision, Long> {

    List<BoardDecision> findByPartnershipIdOrderByNumber(long partnershipId);

    int countByPartnershipId(long partnershipId);

    List<BoardDecision> findBySupersedesId(long supersedesId);

    List<BoardDecision> findByPartnershipIdAndRiskIdOrderByNumber(long partnershipId, long riskId);

    /** Marks a decision as proposed for another module's {@code subject}; the aggregate does not map the column. */
    @Modifying
    @Query("update governance_decision set proposed_for = :subject where id = :id")
    void markProposedFor(long id, String subject);

    @Query("select count(*) > 0 from governance_decision where id = :id and proposed_for is not null")
    boolean proposedElsewhere(long id);

    /** Whether the log already holds the decision of the partnership's passing this gate (a stage is passed once). */
    @Query("select count(*) > 0 from governance_decision where partnership_id = :partnershipId and gate = :gate")
    boolean gateRecorded(long partnershipId, String gate);

    /** The subject of another module a decision was proposed for, if any. */
    @Query("select proposed_for from governance_decision where id = :id and proposed_for is not null")
    java.util.Optional<String> subjectOf(long id);

    @Query("select count(*) > 0 from governance_decision where id = :id and proposed_for = :subject")
    boolean proposedFor(long id, String subject);

    @Query("select id from governance_decision where partnership_id = :partnershipId and proposed_for is not null")
    List<Long> proposedElsewhereIn(long partnershipId);
}
