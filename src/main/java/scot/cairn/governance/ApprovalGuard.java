package scot.cairn.governance;

import java.util.Optional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.Message;

/**
 * A module's say over who may approve a decision it proposed through {@link DecisionService#proposeFor}: a board
 * member with a conflict in that very matter (their organisation bid for the tender whose award is decided) is
 * refused, so the board's joint approval comes from members without one. Implemented as a bean by the module that
 * owns the subject; the decision log asks it at every approval.
 */
public interface ApprovalGuard {

    /** The subject it speaks for, as given to {@link DecisionService#proposeFor}. */
    String subject();

    /** Why this board member may not approve the decision, or empty when they may. */
    Optional<Message> refusal(long partnershipId, long decisionId, CurrentUser approver);
}
