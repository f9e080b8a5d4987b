package scot.cairn.consultation;

import scot.cairn.platform.Labelled;

/** A claim waits for a manager, who approves or refuses it. */
public enum ExpenseStatus implements Labelled {
    WAITING,
    APPROVED,
    REFUSED;

    @Override
    public String labelKey() {
        return "consultation.expenseStatus." + name();
    }
}
