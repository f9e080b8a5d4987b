package scot.cairn.governance;

import java.util.Collection;
import scot.cairn.directory.Sector;
import scot.cairn.partnership.JointApproval;
import scot.cairn.platform.Message;

/**
 * When the board's approvals make a decision: one board member's approval for an ordinary decision; for a joint
 * decision the {@link JointApproval} of a public-sector and a third-sector board member. Service users and carers on
 * the board (no sector) may approve, and their approval carries an ordinary decision, but they count for neither
 * sector of a joint one.
 */
public final class ApprovalRule {

    /**
     * Whether the rule is met and, when not, what is still needed, as a sentence for the page. The joint rule's words
     * come from the partnership module as they are.
     */
    public record Outcome(boolean met, Message waitingFor) {}

    private ApprovalRule() {}

    /**
     * @param sectors the sector of each approver, null for a service user or carer
     */
    public static Outcome check(boolean joint, Collection<Sector> sectors) {
        if (!joint) {
            return sectors.isEmpty()
                    ? new Outcome(false, Message.of("governance.decision.needsOne"))
                    : new Outcome(true, null);
        }
        var rule = JointApproval.of(sectors);
        return new Outcome(rule.met(), rule.needed());
    }
}
