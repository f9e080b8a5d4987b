package scot.cairn.partnership;

import java.util.List;

/**
 * One page of a list of partnerships, by title: {@code items} are numbers {@link #from()} to {@link #to()} of
 * {@code total}. A page past the last one is empty; {@code page} counts from 1.
 */
public record PartnershipPage(List<PartnershipSummary> items, long total, int page, int size) {

    /** The number of the first partnership on this page (from 1), or 0 when the page is empty. */
    public long from() {
        return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    /** The number of the last partnership on this page, or 0 when the page is empty. */
    public long to() {
        return items.isEmpty() ? 0 : from() + items.size() - 1;
    }

    /** How many pages the whole list takes; at least 1. */
    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }
}
