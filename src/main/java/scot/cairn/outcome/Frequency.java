package scot.cairn.outcome;

import scot.cairn.platform.Labelled;

/** How often an indicator is measured, which decides the kind of period its values belong to. */
public enum Frequency implements Labelled {
    QUARTERLY,
    MONTHLY;

    @Override
    public String labelKey() {
        return "outcome.frequency." + name();
    }
}
