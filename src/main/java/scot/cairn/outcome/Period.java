package scot.cairn.outcome;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Pattern;
import scot.cairn.platform.Message;

/**
 * A reporting period: a calendar quarter written {@code 2026-Q3}, or a month written {@code 2026-07}. Quarters are
 * the default; monthly indicators use months. A period always has a year from 1900 to 2999.
 */
public record Period(int year, int quarter, int month) implements Comparable<Period> {

    /** The refusal of text that is not a period. */
    public static final Message HOW = Message.of("outcome.period.how");

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-?[Qq]([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

    public Period {
        if (year < 1900 || year > 2999 || (quarter == 0) == (month == 0) || quarter > 4 || month > 12) {
            throw new IllegalArgumentException("Not a period: " + year + " " + quarter + " " + month);
        }
    }

    public static Period ofQuarter(int year, int quarter) {
        return new Period(year, quarter, 0);
    }

    public static Period ofMonth(int year, int month) {
        return new Period(year, 0, month);
    }

    /** The quarter containing the date. */
    public static Period quarterOf(LocalDate date) {
        return ofQuarter(date.getYear(), (date.getMonthValue() + 2) / 3);
    }

    /** Reads {@code 2026-Q3}, {@code 2026Q3} or {@code 2026-07} (any case, surrounding spaces ignored). */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip();
        try {
            var q = QUARTER.matcher(s);
            if (q.matches()) {
                return Optional.of(ofQuarter(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2))));
            }
            var m = MONTH.matcher(s);
            if (m.matches()) {
                return Optional.of(ofMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
        } catch (IllegalArgumentException outOfRange) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    public boolean isQuarter() {
        return quarter != 0;
    }

    public Frequency frequency() {
        return isQuarter() ? Frequency.QUARTERLY : Frequency.MONTHLY;
    }

    public LocalDate start() {
        return LocalDate.of(year, isQuarter() ? quarter * 3 - 2 : month, 1);
    }

    public LocalDate end() {
        return YearMonth.from(start()).plusMonths(isQuarter() ? 2 : 0).atEndOfMonth();
    }

    /** True when any day of this period falls between the two dates, inclusive. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return !end().isBefore(from) && !start().isAfter(to);
    }

    public Period previous() {
        if (isQuarter()) {
            return quarter == 1 ? ofQuarter(year - 1, 4) : ofQuarter(year, quarter - 1);
        }
        return month == 1 ? ofMonth(year - 1, 12) : ofMonth(year, month - 1);
    }

    public Period next() {
        if (isQuarter()) {
            return quarter == 4 ? ofQuarter(year + 1, 1) : ofQuarter(year, quarter + 1);
        }
        return month == 12 ? ofMonth(year + 1, 1) : ofMonth(year, month + 1);
    }

    @Override
    public int compareTo(Period other) {
        return start().compareTo(other.start());
    }

    /** The written form, which is also how the API shows a period. */
    @com.fasterxml.jackson.annotation.JsonValue
    @Override
    public String toString() {
        return isQuarter() ? year + "-Q" + quarter : String.format("%d-%02d", year, month);
    }
}
