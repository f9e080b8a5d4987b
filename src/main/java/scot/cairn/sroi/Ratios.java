package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.Optional;

/** Division by the investment, which has no answer when nothing was invested. */
final class Ratios {

    private Ratios() {}

    /** {@code value / investment} to DECIMAL128, or empty when the investment is 0. */
    static Optional<BigDecimal> perInvestment(BigDecimal value, BigDecimal investment) {
        if (investment.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(value.divide(investment, Discounting.MC));
    }
}
