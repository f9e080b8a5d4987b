package scot.cairn.partnership;

import java.util.Locale;
import scot.cairn.platform.HiddenCharacters;
import scot.cairn.platform.InvalidInputException;

/**
 * What a list of partnerships is narrowed to: words in the title and in the region (any case), a stage, a market and
 * the viewer's role. A null or blank part does not narrow the list.
 */
public record PartnershipFilter(String title, Stage stage, Market market, String region, MemberRole role) {

    /** The longest text searched for, as long as a title can be. */
    public static final int MAX_TEXT = 200;

    /** No narrowing: every partnership the viewer may list. */
    public static final PartnershipFilter NONE = new PartnershipFilter(null, null, null, null, null);

    public PartnershipFilter {
        title = blankToNull(title);
        region = blankToNull(region);
    }

    /**
     * Reads a filter as people and scripts send it: enum names in any case, blank for "any".
     *
     * @throws InvalidInputException naming each part that cannot be read, on the parameter's own name
     */
    public static PartnershipFilter parse(String title, String stage, String market, String region, String role) {
        var problems = new InvalidInputException.Collector();
        text(problems, "title", title);
        text(problems, "region", region);
        var s = choice(problems, Stage.class, "stage", stage);
        var m = choice(problems, Market.class, "market", market);
        var r = choice(problems, MemberRole.class, "role", role);
        problems.throwIfAny();
        return new PartnershipFilter(title, s, m, region, r);
    }

    /** True when something narrows the list. */
    public boolean narrows() {
        return !equals(NONE);
    }

    private static void text(InvalidInputException.Collector problems, String field, String value) {
        if (value == null) {
            return;
        }
        if (HiddenCharacters.hasNul(value)) {
            problems.rejectIf(true, field, HiddenCharacters.refusal(field));
        } else {
            problems.rejectIf(value.strip().length() > MAX_TEXT, field, "partnership.list.filter.tooLong", MAX_TEXT);
        }
    }

    private static <E extends Enum<E>> E choice(
            InvalidInputException.Collector problems, Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            problems.rejectIf(true, field, "partnership.list.filter." + field + "Unknown");
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
