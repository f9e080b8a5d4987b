package scot.cairn.outcome;

import scot.cairn.platform.Labelled;

/**
 * What an indicator counts. Counts of people and of other things are never negative; the people an outcome reaches are
 * counted by the indicators that count people (cost per outcome divides by them).
 */
public enum Measure implements Labelled {
    PEOPLE,
    COUNT,
    OTHER;

    @Override
    public String labelKey() {
        return "outcome.measure." + name();
    }

    /** True when a value below zero makes no sense for this measure. */
    public boolean neverNegative() {
        return this != OTHER;
    }
}
