package scot.cairn.governance;

/** One check on how the partnership is governed: met, or a warning, with an explanation a partner understands. */
public record GovernanceCheck(String check, boolean met, String explanation) {

    static GovernanceCheck met(String check, String explanation) {
        return new GovernanceCheck(check, true, explanation);
    }

    static GovernanceCheck warning(String check, String explanation) {
        return new GovernanceCheck(check, false, explanation);
    }
}
