package scot.cairn.partnership;

/** Whether one gate criterion is met, and why or why not, in words a partner understands. */
public record CriterionResult(String criterion, boolean met, String reason) {

    public static CriterionResult met(String criterion, String reason) {
        return new CriterionResult(criterion, true, reason);
    }

    public static CriterionResult notMet(String criterion, String reason) {
        return new CriterionResult(criterion, false, reason);
    }
}
