package scot.cairn.partnership.web;

import java.util.ArrayList;
import java.util.List;
import scot.cairn.partnership.PartnershipPage;

/**
 * The GOV.UK pagination component's links for a page of a list: previous and next, the first and last page, and the
 * pages either side of the current one, with gaps ({@code number} 0) between.
 */
record Pagination(String previous, String next, List<Item> items) {

    /** A page link, or a gap when {@code number} is 0. */
    record Item(int number, String href, boolean current) {
        public boolean gap() {
            return number == 0;
        }
    }

    static Pagination of(PartnershipPage page, ListForm form) {
        var items = new ArrayList<Item>();
        int last = page.pages();
        int shown = 0;
        for (int n = 1; n <= last; n++) {
            if (n == 1 || n == last || Math.abs(n - page.page()) <= 1) {
                if (shown > 0 && n > shown + 1) {
                    items.add(new Item(0, null, false));
                }
                items.add(new Item(n, form.href(n), n == page.page()));
                shown = n;
            }
        }
        return new Pagination(
                page.hasPrevious() ? form.href(Math.min(page.page(), last + 1) - 1) : null,
                page.hasNext() ? form.href(page.page() + 1) : null,
                items);
    }

    /** Shown only when the list takes more than one page, or the page asked for is past its end. */
    public boolean shown() {
        return previous != null || next != null;
    }
}
