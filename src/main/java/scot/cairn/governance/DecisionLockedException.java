package scot.cairn.governance;

import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.Message;

/**
 * Refuses a change to a decision that is no longer a draft (approved or withdrawn) or a second approval by the same
 * person. It is a conflict with the decision's current state, like a stale version: the API answers 409 and forms show
 * the reason in their error summary.
 */
public class DecisionLockedException extends ConcurrentChangeException {

    public DecisionLockedException(Message reason) {
        super("decision", "governance.problem.decisionState", reason);
    }

    @Override
    public String getMessage() {
        return reason().toString();
    }
}
