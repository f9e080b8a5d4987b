package scot.cairn.tendering;

import java.util.Optional;
import org.springframework.stereotype.Component;
import scot.cairn.governance.ApprovalGuard;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.Message;

/**
 * A board member whose organisation expressed interest in a tender (every bidder did) takes no part in approving its
 * award: the joint approval comes from board members of each sector without that conflict.
 */
@Component
class AwardConflicts implements ApprovalGuard {

    private final TenderingSupport support;

    AwardConflicts(TenderingSupport support) {
        this.support = support;
    }

    @Override
    public String subject() {
        return AwardService.SUBJECT;
    }

    @Override
    public Optional<Message> refusal(long partnershipId, long decisionId, CurrentUser approver) {
        if (approver.organisationId() == null) {
            return Optional.empty();
        }
        return support.jdbc()
                .sql("""
                        select t.number from tendering_award a
                          join tendering_tender t on t.id = a.tender_id
                          join tendering_bid_interest i on i.tender_id = t.id and i.organisation_id = ?
                         where a.decision_id = ? and t.partnership_id = ?
                        """)
                .params(approver.organisationId(), decisionId, partnershipId)
                .query(Integer.class)
                .optional()
                .map(number -> Message.of("tendering.award.conflicted", "T-" + number));
    }
}
