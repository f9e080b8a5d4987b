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
                .rejectIf(blank(d.title()), "title", "governance.decisionEdit.titleMissing")
                .rejectIf(tooLong(d.title(), SHORT), "title", "governance.decisionEdit.titleTooLong", SHORT)
                .rejectIf(blank(d.context()), "context", "governance.decisionEdit.contextMissing")
                .rejectIf(tooLong(d.context(), LONG), "context", "governance.decisionEdit.contextTooLong", LONG)
                .rejectIf(tooLong(d.options(), LONG), "options", "governance.decisionEdit.optionsTooLong", LONG)
                .rejectIf(blank(d.decision()), "decision", "governance.decisionEdit.decisionMissing")
                .rejectIf(tooLong(d.decision(), LONG), "decision", "governance.decisionEdit.decisionTooLong", LONG)
                .rejectIf(d.decisionDate() == null, "decisionDate", "governance.decisionEdit.dateMissing")
                .rejectIf(
                        d.decisionDate() != null && d.decisionDate().isAfter(today),
                        "decisionDate",
                        "governance.decisionEdit.dateFuture")
                .rejectIf(d.joint() == null, "joint", "governance.decisionEdit.jointMissing")
                .rejectIf(d.gate() != null && d.gate().next() == null, "gate", "governance.decisionEdit.gateInvalid")
                .rejectIf(d.riskId() != null && d.riskId() < 1, "riskId", "governance.decisionEdit.riskInvalid")
                .throwIfAny();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.strip().length() > max;
    }
}
