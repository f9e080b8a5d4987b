package scot.cairn.partnership.web;

import org.springframework.web.util.UriComponentsBuilder;
import scot.cairn.partnership.PartnershipFilter;
import scot.cairn.platform.InvalidInputException;

/**
 * The filters of "My partnerships" as the GET form sends them: text, so that a value that cannot be read is shown
 * again with its error rather than refused before the page is drawn. {@code show=all} asks an administrator's view of
 * every partnership.
 */
record ListForm(String show, String title, String stage, String market, String region, String role, String page) {

    boolean wantsAll() {
        return "all".equals(show);
    }

    /** The filter and page asked for. */
    record Query(PartnershipFilter filter, int page) {}

    /** @throws InvalidInputException naming every filter, and the page, that cannot be read */
    Query read() {
        var errors = new java.util.LinkedHashMap<String, scot.cairn.platform.Message>();
        PartnershipFilter filter = null;
        int number = 1;
        try {
            filter = filter();
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        try {
            number = pageNumber();
        } catch (InvalidInputException e) {
            errors.putAll(e.fieldErrors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Query(filter, number);
    }

    /** @throws InvalidInputException naming each filter that cannot be read */
    PartnershipFilter filter() {
        return PartnershipFilter.parse(title, stage, market, region, role);
    }

    /** @throws InvalidInputException on {@code page} when it is not a whole number */
    int pageNumber() {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException notANumber) {
            throw InvalidInputException.of("page", "partnership.list.page.invalid");
        }
    }

    /** The address of another page of the same list, with the same filters; blank filters are left out. */
    String href(int number) {
        var uri = UriComponentsBuilder.fromPath("/partnerships");
        add(uri, "show", wantsAll() ? "all" : null);
        add(uri, "title", title);
        add(uri, "stage", stage);
        add(uri, "market", market);
        add(uri, "region", region);
        add(uri, "role", role);
        add(uri, "page", number > 1 ? String.valueOf(number) : null);
        return uri.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder uri, String name, String value) {
        if (value != null && !value.isBlank()) {
            uri.queryParam(name, value.strip());
        }
    }
}
