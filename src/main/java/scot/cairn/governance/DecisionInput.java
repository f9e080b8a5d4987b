package scot.cairn.governance;

import scot.cairn.platform.InvalidInputException;

/** The rules a decision's wording must keep, field by field, all reported at once. */
final class DecisionInput {

    static final int SHORT = 200;
    static final int LONG = 4000;

    private DecisionInput() {}

    /** @param today decisions record what was decided, so their date may not be after today */
    static void check(DecisionDetails d, java.time.LocalDate today) {
        new InvalidInputException.Collector()
                .rejectIf(blank(d.title()), "title", "Enter a title for the decision")
                .rejectIf(tooLong(d.title(), SHORT), "title", "The title must be " + SHORT + " characters or fewer")
                .rejectIf(blank(d.context()), "context", "Enter the context: what led to this decision")
                .rejectIf(tooLong(d.context(), LONG), "context", "The context must be " + LONG + " characters or fewer")
                .rejectIf(tooLong(d.options(), LONG), "options", "The options must be " + LONG + " characters or fewer")
                .rejectIf(blank(d.decision()), "decision", "Enter what was decided")
                .rejectIf(
                        tooLong(d.decision(), LONG),
                        "decision",
                        "The decision must be " + LONG + " characters or fewer")
                .rejectIf(d.decisionDate() == null, "decisionDate", "Enter the date of the decision")
                .rejectIf(
                        d.decisionDate() != null && d.decisionDate().isAfter(today),
                        "decisionDate",
                        "The date of the decision must be today or in the past")
                .rejectIf(d.joint() == null, "joint", "Choose whether this is a joint decision")
                .rejectIf(
                        d.gate() != null && d.gate().next() == null,
                        "gate",
                        "Choose a gate between two stages, such as Design to Pilot")
                .rejectIf(d.riskId() != null && d.riskId() < 1, "riskId", "Enter the risk's number, like 12")
                .throwIfAny();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.strip().length() > max;
    }
}
