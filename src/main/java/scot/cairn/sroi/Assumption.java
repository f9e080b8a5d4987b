package scot.cairn.sroi;

import scot.cairn.platform.Labelled;

/**
 * An assumption of an impact map that sensitivity analysis varies. The first four change every row's percentage by
 * percentage points (10 turns a 25% deadweight into 35%), kept within 0 to 100; the last three change values by a
 * percentage of themselves (10 turns a £200 proxy into £220), never below 0.
 */
public enum Assumption implements Labelled {
    DEADWEIGHT("Deadweight", true),
    DISPLACEMENT("Displacement", true),
    ATTRIBUTION("Attribution", true),
    DROP_OFF("Drop-off", true),
    PROXY_VALUES("Financial proxy values", false),
    QUANTITIES("Quantities", false),
    IN_KIND_INPUTS("In-kind inputs", false);

    private final String label;
    private final boolean percentagePoints;

    Assumption(String label, boolean percentagePoints) {
        this.label = label;
        this.percentagePoints = percentagePoints;
    }

    @Override
    public String labelKey() {
        return "sroi.assumption." + name();
    }

    public String label() {
        return label;
    }

    /** True when changes are percentage points of a percentage; false when they are a percentage of a value. */
    public boolean inPercentagePoints() {
        return percentagePoints;
    }
}
