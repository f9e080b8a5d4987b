package scot.cairn.governance;

import scot.cairn.platform.ConcurrentChangeException;

/**
 * Refuses a change to a decision that is no longer a draft (approved or withdrawn) or a second approval by the same
 * person. It is a conflict with the decision's current state, like a stale version: the API answers 409 and forms show
 * the message in their error summary.
 */
public class DecisionLockedException extends ConcurrentChangeException {

    private final String message;

    public DecisionLockedException(String message) {
        super("decision");
        this.message = message;
    }

    @Override
    public String getMessage() {
        return message;
    }
}
