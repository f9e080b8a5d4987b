package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Proxy values or quantities changed by a percentage. Every row's value is a product with the proxy (or quantity)
 * as a factor, so the present value scales by the same factor: PV(x) = PV x (1 + x / 100). The ratio is linear in
 * x and the threshold is solved directly: x = (investment / PV - 1) x 100. Values cannot go below 0, so x stays
 * above -100; there is no upper limit.
 */
record ScaledValueResponse(BigDecimal presentValue, BigDecimal investment) implements Response {

    @Override
    public Optional<BigDecimal> ratioAt(BigDecimal change) {
        return Ratios.perInvestment(Response.scaled(presentValue, change), investment);
    }

    @Override
    public Optional<BigDecimal> threshold() {
        if (investment.signum() == 0 || presentValue.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(
                investment.subtract(presentValue).multiply(Checks.HUNDRED).divide(presentValue, Discounting.MC));
    }
}
