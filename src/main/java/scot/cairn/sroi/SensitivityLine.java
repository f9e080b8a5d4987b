package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The ratio with one assumption moved down and up by the same amount. A ratio is empty when the changed inputs add
 * up to 0 (nothing invested).
 */
public record SensitivityLine(
        Assumption assumption,
        BigDecimal amount,
        Optional<BigDecimal> ratioAtMinus,
        Optional<BigDecimal> ratioAtPlus) {}
