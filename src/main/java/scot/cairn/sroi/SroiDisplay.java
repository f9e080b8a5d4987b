package scot.cairn.sroi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Rounds results for people to read; the only place the engine rounds. Halves round up (away from zero), as people
 * expect of money.
 */
public final class SroiDisplay {

    private SroiDisplay() {}

    /** Pounds to 2 decimal places with thousands separators: {@code £1,234.57}, {@code -£20.00}. */
    public static String money(BigDecimal amount) {
        BigDecimal pounds = amount.setScale(2, RoundingMode.HALF_UP);
        String digits = String.format(Locale.UK, "%,.2f", pounds.abs());
        return (pounds.signum() < 0 ? "-£" : "£") + digits;
    }

    /** A ratio as value created per pound invested, to 2 decimal places: {@code £3.45 : £1}. */
    public static String ratio(BigDecimal ratio) {
        return money(ratio) + " : £1";
    }

    /** A number of months to 1 decimal place, {@code 9.6}; the words around it come from the bundles. */
    public static String months(BigDecimal months) {
        return String.format(Locale.UK, "%,.1f", months.setScale(1, RoundingMode.HALF_UP));
    }
}
