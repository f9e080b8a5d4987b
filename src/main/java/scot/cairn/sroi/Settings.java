package scot.cairn.sroi;

import java.math.BigDecimal;

/**
 * The choices an analysis makes about how values are added up. {@link #guide()} gives the SROI Guide's: a 3.5%
 * discount rate (HM Treasury Green Book) applied to every year including the first, deductions multiplied and
 * compounding drop-off.
 *
 * <p>The discount rate is a percentage from 0 to 100; the methods are never null.
 *
 * @param discountRate yearly discount rate, as a percentage (3.5 means 3.5%)
 * @param discountFirstYear whether year 1 is discounted ({@code / (1 + r)^t}) or not ({@code / (1 + r)^(t - 1)})
 */
public record Settings(
        BigDecimal discountRate, boolean discountFirstYear, DeductionMethod deductions, DropOffMethod dropOff) {

    public static final BigDecimal GREEN_BOOK_DISCOUNT_RATE = new BigDecimal("3.5");

    public Settings {
        discountRate = Checks.percent(
                discountRate, "discountRate", "sroi.check.discountRate.missing", "sroi.check.discountRate.range");
        if (deductions == null) {
            throw new InvalidSroiInputException("deductions", "sroi.check.deductions");
        }
        if (dropOff == null) {
            throw new InvalidSroiInputException("dropOff", "sroi.check.dropOffMethod");
        }
    }

    /** The SROI Guide's settings. */
    public static Settings guide() {
        return new Settings(GREEN_BOOK_DISCOUNT_RATE, true, DeductionMethod.MULTIPLIED, DropOffMethod.COMPOUNDING);
    }

    public Settings withDiscountRate(BigDecimal rate) {
        return new Settings(rate, discountFirstYear, deductions, dropOff);
    }

    public Settings withDiscountFirstYear(boolean discount) {
        return new Settings(discountRate, discount, deductions, dropOff);
    }

    public Settings withDeductions(DeductionMethod method) {
        return new Settings(discountRate, discountFirstYear, method, dropOff);
    }

    public Settings withDropOff(DropOffMethod method) {
        return new Settings(discountRate, discountFirstYear, deductions, method);
    }
}
