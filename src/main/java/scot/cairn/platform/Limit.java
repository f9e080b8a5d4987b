package scot.cairn.platform;

import java.util.Locale;

/**
 * How many of one kind of thing a record may hold, such as the rows of an impact map, with the refusal worded the same
 * on every page and in the API: "An impact map has at most 2,000 rows; this one would have 2,001". A limit keeps a
 * page, a calculation or a PDF within a size Cairn has been measured to handle; the numbers live in one class per
 * module, next to the collection they bound.
 *
 * @param max the most there may be; at least 1
 * @param holder what holds them, as the start of a sentence: "An impact map"
 * @param things what is counted, in the plural: "rows"
 */
public record Limit(int max, String holder, String things) {

    public Limit {
        if (max < 1 || holder == null || things == null) {
            throw new IllegalArgumentException("A limit needs a maximum of 1 or more, a holder and what it counts");
        }
    }

    /** The refusal when there would be {@code count}: "An impact map has at most 2,000 rows; this one would have 2,001". */
    public String message(int count) {
        return rule() + "; this one would have " + number(count);
    }

    /** The refusal when reading stopped as soon as there were too many: "... at most 2,000 rows; this one has more". */
    public String exceeded() {
        return rule() + "; this one has more";
    }

    /** True when there may be {@code count}. */
    public boolean allows(int count) {
        return count <= max;
    }

    /**
     * Refuses {@code count} when it is over the limit.
     *
     * @throws InvalidInputException on {@code field} ({@code ""} for the whole record) when {@code count > max}
     */
    public void check(String field, int count) {
        if (!allows(count)) {
            throw InvalidInputException.of(field, message(count));
        }
    }

    private String rule() {
        return holder + " has at most " + number(max) + " " + things;
    }

    private static String number(int n) {
        return String.format(Locale.UK, "%,d", n);
    }
}
