package scot.cairn.outcome;

import scot.cairn.platform.Labelled;

/** Whether a rise in an indicator is good news or bad. */
public enum Direction implements Labelled {
    HIGHER_IS_BETTER("Higher is better"),
    LOWER_IS_BETTER("Lower is better");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    @Override
    public String labelKey() {
        return "outcome.direction." + name();
    }

    public String label() {
        return label;
    }
}
