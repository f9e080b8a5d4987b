package scot.cairn.outcome;

import scot.cairn.platform.Labelled;

/** How often an indicator is measured, which decides the kind of period its values belong to. */
public enum Frequency implements Labelled {
    QUARTERLY("Quarterly"),
    MONTHLY("Monthly");

    private final String label;

    Frequency(String label) {
        this.label = label;
    }

    @Override
    public String labelKey() {
        return "outcome.frequency." + name();
    }

    public String label() {
        return label;
    }
}
