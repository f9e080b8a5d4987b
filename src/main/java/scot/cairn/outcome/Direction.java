package scot.cairn.outcome;

import scot.cairn.platform.Labelled;

/** Whether a rise in an indicator is good news or bad. */
public enum Direction implements Labelled {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    @Override
    public String labelKey() {
        return "outcome.direction." + name();
    }
}
