package scot.cairn.sroi;

import java.util.List;
import scot.cairn.outcome.Period;
import scot.cairn.platform.Labelled;

/**
 * A partnership's reviews quarter by quarter: every pilot quarter (and any other reviewed quarter), latest first, with
 * its review if there is one. {@code pilotDated} is false when the pilot stage has no start date yet.
 */
public record ReviewOverview(boolean pilotDated, List<QuarterLine> quarters, boolean mayEdit) {

    /** What a quarter still needs, in words. */
    public enum State implements Labelled {
        SIGNED_OFF,
        DRAFT,
        NEEDS_REVIEW,
        NOT_DUE;

        @Override
        public String labelKey() {
            return "sroi.reviewState." + name();
        }
    }

    /** One quarter; {@code reviewId} is null when it has no review; {@code inPilot} false for a review outside it. */
    public record QuarterLine(Period quarter, boolean inPilot, State state, Long reviewId) {}
}
