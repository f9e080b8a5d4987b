package scot.cairn.sroi;

import java.math.BigDecimal;

/** Validation shared by the input records; every failure names the field it is about. */
final class Checks {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Checks() {}

    static String required(String value, String field, String message) {
        if (value == null || value.isBlank()) {
            throw new InvalidSroiInputException(field, message);
        }
        return value.strip();
    }

    static String optional(String value) {
        return value == null ? "" : value.strip();
    }

    static BigDecimal notNegative(BigDecimal value, String field, String label) {
        if (value == null) {
            throw new InvalidSroiInputException(field, "Enter the " + label.toLowerCase());
        }
        if (value.signum() < 0) {
            throw new InvalidSroiInputException(field, label + " must be 0 or more");
        }
        return value;
    }

    static BigDecimal percent(BigDecimal value, String field, String label) {
        if (value == null) {
            throw new InvalidSroiInputException(field, "Enter the " + label.toLowerCase() + " as a percentage");
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new InvalidSroiInputException(field, label + " must be between 0 and 100 per cent");
        }
        return value;
    }

    /** A percentage (0 to 100) as a fraction (0 to 1); exact. */
    static BigDecimal fraction(BigDecimal percent) {
        return percent.movePointLeft(2);
    }

    /** Keeps a percentage inside 0 to 100. */
    static BigDecimal clampPercent(BigDecimal value) {
        if (value.signum() < 0) {
            return BigDecimal.ZERO;
        }
        return value.compareTo(HUNDRED) > 0 ? HUNDRED : value;
    }
}
