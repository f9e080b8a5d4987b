package scot.cairn.platform;

/**
 * How many of one kind of thing a record may hold, such as the rows of an impact map, with the refusal worded the same
 * on every page and in the API: "An impact map has at most 2,000 rows; this one would have 2,001". A limit keeps a
 * page, a calculation or a PDF within a size Cairn has been measured to handle; the numbers live in one class per
 * module, next to the collection they bound.
 *
 * @param max the most there may be; at least 1
 * @param rule the bundle key of the rule, with the maximum as argument 0: "An impact map has at most {0,number} rows"
 */
public record Limit(int max, String rule) {

    public Limit {
        if (max < 1 || rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("A limit needs a maximum of 1 or more and the key of its rule");
        }
    }

    /** The refusal when there would be {@code count}: "An impact map has at most 2,000 rows; this one would have 2,001". */
    public Message message(int count) {
        return Message.of("platform.limit.would", Message.of(rule, max), count);
    }

    /** The refusal when reading stopped as soon as there were too many: "... at most 2,000 rows; this one has more". */
    public Message exceeded() {
        return Message.of("platform.limit.more", Message.of(rule, max));
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
}
