package scot.cairn.sroi;

import java.math.BigDecimal;

/**
 * How far to move one assumption in a sensitivity analysis: the analysis tries it {@code amount} lower and
 * {@code amount} higher. The amount is 0 or more, in percentage points or per cent as {@link Assumption} says.
 */
public record Variation(Assumption assumption, BigDecimal amount) {

    public Variation {
        if (assumption == null) {
            throw new InvalidSroiInputException("assumption", "sroi.check.assumption");
        }
        amount = Checks.notNegative(amount, "amount", "sroi.check.amount.missing", "sroi.check.amount.negative");
    }
}
