package scot.cairn.risk;

import scot.cairn.platform.Labelled;

/**
 * Scoring on the usual five-by-five grid: likelihood and impact each from 1 (rare, minimal) to 5 (almost certain,
 * severe), the score their product (1 to 25). Bands: low up to 4, medium up to 9, high up to 14, severe from 15. An
 * open item goes to the board when its score is above the board's tolerance or it is marked for escalation.
 */
public final class RiskScore {

    /** The lowest and highest value of likelihood and impact. */
    public static final int MIN = 1;

    public static final int MAX = 5;

    /** The tolerance when the board has set none: scores above it go to the board. */
    public static final int DEFAULT_TOLERANCE = 15;

    private RiskScore() {}

    /** A score band, for the heat map's colours and words. */
    public enum Band implements Labelled {
        LOW,
        MEDIUM,
        HIGH,
        SEVERE;

        @Override
        public String labelKey() {
            return "risk.band." + name();
        }
    }

    public static boolean inRange(Integer value) {
        return value != null && value >= MIN && value <= MAX;
    }

    /** @throws IllegalArgumentException when either value is outside 1 to 5 */
    public static int of(int likelihood, int impact) {
        if (!inRange(likelihood) || !inRange(impact)) {
            throw new IllegalArgumentException("Likelihood and impact run from 1 to 5");
        }
        return likelihood * impact;
    }

    public static Band band(int score) {
        if (score <= 4) {
            return Band.LOW;
        }
        if (score <= 9) {
            return Band.MEDIUM;
        }
        return score <= 14 ? Band.HIGH : Band.SEVERE;
    }

    /** Whether an item goes on the board's list: open, and above the tolerance or marked for escalation. */
    public static boolean forBoard(RiskStatus status, int score, boolean marked, int tolerance) {
        return status == RiskStatus.OPEN && (marked || score > tolerance);
    }
}
