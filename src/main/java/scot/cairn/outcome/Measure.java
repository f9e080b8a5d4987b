package scot.cairn.outcome;

import scot.cairn.platform.Labelled;

/**
 * What an indicator counts. Counts of people and of other things are never negative; the people an outcome reaches are
 * counted by the indicators that count people (cost per outcome divides by them).
 */
public enum Measure implements Labelled {
    PEOPLE("People", "A number of people, such as carers recruited. Never negative."),
    COUNT("A count of something else", "Such as placements or sessions. Never negative."),
    OTHER("Another measure", "A rate, score, amount or change, which may be negative.");

    private final String label;
    private final String hint;

    Measure(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    @Override
    public String labelKey() {
        return "outcome.measure." + name();
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** True when a value below zero makes no sense for this measure. */
    public boolean neverNegative() {
        return this != OTHER;
    }
}
