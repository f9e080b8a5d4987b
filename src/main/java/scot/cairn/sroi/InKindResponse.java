package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * In-kind inputs changed by a percentage: investment(x) = cash + inKind x (1 + x / 100), the present value stays.
 * The ratio is 1 when the investment equals the present value, so x = ((PV - cash) / inKind - 1) x 100, which exists
 * when there is in-kind value to change, the present value is above 0 and cash alone does not exceed it.
 */
record InKindResponse(BigDecimal presentValue, BigDecimal cash, BigDecimal inKind) implements Response {

    @Override
    public Optional<BigDecimal> ratioAt(BigDecimal change) {
        return Ratios.perInvestment(presentValue, cash.add(Response.scaled(inKind, change)));
    }

    @Override
    public Optional<BigDecimal> threshold() {
        BigDecimal needed = presentValue.subtract(cash);
        if (cash.add(inKind).signum() == 0 || presentValue.signum() == 0 || needed.signum() < 0) {
            return Optional.empty();
        }
        if (inKind.signum() == 0) {
            return needed.signum() == 0 ? Optional.of(BigDecimal.ZERO) : Optional.empty();
        }
        return Optional.of(needed.subtract(inKind).multiply(Checks.HUNDRED).divide(inKind, Discounting.MC));
    }
}
