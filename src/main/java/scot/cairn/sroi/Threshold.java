package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How far one assumption has to move, on its own, for the ratio to be exactly 1 : 1: in percentage points or per
 * cent as {@link Assumption} says, negative when it has to fall. When several changes would do, the smallest.
 * Empty when no change in the allowed range gets there (percentages stay within 0 to 100, values at 0 or more) or
 * nothing was invested.
 */
public record Threshold(Assumption assumption, Optional<BigDecimal> change) {

    public static final String UNREACHABLE = "No value reaches 1 : 1";

    public boolean reachable() {
        return change.isPresent();
    }
}
