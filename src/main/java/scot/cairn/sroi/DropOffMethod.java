package scot.cairn.sroi;

import scot.cairn.platform.Labelled;

/** How an outcome fades in the years after the first. */
public enum DropOffMethod implements Labelled {
    /** The SROI Guide: each year is the previous year less the drop-off, value(n + 1) = value(n) x (1 - dropOff). */
    COMPOUNDING,
    /**
     * A fixed share of the first year is lost each year, value(n) = value(1) x (1 - dropOff x (n - 1)), and never
     * below 0.
     */
    STRAIGHT_LINE;

    @Override
    public String labelKey() {
        return "sroi.dropOffMethod." + name();
    }
}
