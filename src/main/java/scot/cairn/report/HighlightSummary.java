package scot.cairn.report;

import java.time.LocalDate;
import java.util.List;

/** A report in a list: what the list shows, without its sections. */
public record HighlightSummary(
        long id, String reference, LocalDate periodFrom, LocalDate periodTo, ReportStatus status, ReportRag rag) {

    /** One page of a partnership's reports, the latest first, from page 1 of {@code pages}. */
    public record Page(List<HighlightSummary> reports, int page, int pages, long total) {}
}
