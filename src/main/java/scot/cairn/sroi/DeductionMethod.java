package scot.cairn.sroi;

import java.math.BigDecimal;
import scot.cairn.platform.Labelled;

/** How deadweight, displacement and attribution combine into the share of an outcome the activity can claim. */
public enum DeductionMethod implements Labelled {
    /** The SROI Guide: impact = value x (1 - deadweight) x (1 - displacement) x (1 - attribution). */
    MULTIPLIED,
    /**
     * A practitioner variant: impact = value x (1 - (deadweight + displacement + attribution)), never below 0 when
     * the three add up to more than 100%.
     */
    ADDED;

    @Override
    public String labelKey() {
        return "sroi.deductionMethod." + name();
    }

    /** The share of a row's gross value the activity can claim, as an exact fraction from 0 to 1. */
    BigDecimal claimedShare(BigDecimal deadweight, BigDecimal displacement, BigDecimal attribution) {
        if (this == MULTIPLIED) {
            return remaining(deadweight).multiply(remaining(displacement)).multiply(remaining(attribution));
        }
        BigDecimal share = remaining(deadweight.add(displacement).add(attribution));
        return share.signum() < 0 ? BigDecimal.ZERO : share;
    }

    private static BigDecimal remaining(BigDecimal percent) {
        return BigDecimal.ONE.subtract(Checks.fraction(percent));
    }
}
