package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.Optional;

/** How the SROI ratio of one impact map responds when one assumption moves and the rest stay put. */
interface Response {

    /** The ratio with the assumption moved by {@code change} (percentage points or per cent); empty if no inputs. */
    Optional<BigDecimal> ratioAt(BigDecimal change);

    /** The change closest to 0 that makes the ratio exactly 1, or empty when there is none. */
    Optional<BigDecimal> threshold();

    /** A value scaled by a percentage change of itself, never below 0. */
    static BigDecimal scaled(BigDecimal value, BigDecimal percentChange) {
        BigDecimal factor = BigDecimal.ONE.add(Checks.fraction(percentChange));
        return factor.signum() <= 0 ? BigDecimal.ZERO : value.multiply(factor);
    }
}
