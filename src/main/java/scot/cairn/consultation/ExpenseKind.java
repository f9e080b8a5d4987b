package scot.cairn.consultation;

import scot.cairn.platform.Labelled;

/** What a participant spent to take part. */
public enum ExpenseKind implements Labelled {
    TRAVEL,
    CARE,
    INTERPRETER,
    OTHER;

    @Override
    public String labelKey() {
        return "consultation.expenseKind." + name();
    }
}
