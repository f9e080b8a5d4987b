package scot.cairn.consultation;

import scot.cairn.platform.Labelled;

/** How a question is answered. */
public enum QuestionKind implements Labelled {
    FREE_TEXT,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    /** From 1 (poor) to 5 (very good). */
    RATING;

    public static final int RATING_MAX = 5;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    @Override
    public String labelKey() {
        return "consultation.questionKind." + name();
    }
}
