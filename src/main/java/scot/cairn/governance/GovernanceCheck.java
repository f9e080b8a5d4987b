package scot.cairn.governance;

import scot.cairn.platform.Message;

/**
 * One check on how the partnership is governed: met, or a warning, with an explanation a partner understands. Both are
 * messages, put into the reader's language by the page or the API.
 */
public record GovernanceCheck(Message check, boolean met, Message explanation) {

    static GovernanceCheck met(Message check, Message explanation) {
        return new GovernanceCheck(check, true, explanation);
    }

    static GovernanceCheck warning(Message check, Message explanation) {
        return new GovernanceCheck(check, false, explanation);
    }
}
