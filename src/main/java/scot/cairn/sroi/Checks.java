package scot.cairn.sroi;

import java.math.BigDecimal;

/** Validation shared by the input records; every failure names the field it is about. */
final class Checks {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Checks() {}

    /** A text that must not be blank; {@code key} names the refusal. */
    static String required(String value, String field, String key) {
        if (value == null || value.isBlank()) {
            throw new InvalidSroiInputException(field, key);
        }
        return value.strip();
    }

    static String optional(String value) {
        return value == null ? "" : value.strip();
    }

    /** An amount of 0 or more, refused with the key {@code missing} when absent and {@code negative} below 0. */
    static BigDecimal notNegative(BigDecimal value, String field, String missing, String negative) {
        if (value == null) {
            throw new InvalidSroiInputException(field, missing);
        }
        if (value.signum() < 0) {
            throw new InvalidSroiInputException(field, negative);
        }
        return value;
    }

    /** A percentage from 0 to 100, refused with the key {@code missing} when absent and {@code range} outside. */
    static BigDecimal percent(BigDecimal value, String field, String missing, String range) {
        if (value == null) {
            throw new InvalidSroiInputException(field, missing);
        }
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw new InvalidSroiInputException(field, range);
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
