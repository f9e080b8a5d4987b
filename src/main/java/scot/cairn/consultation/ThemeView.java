package scot.cairn.consultation;

import java.time.ZonedDateTime;
import scot.cairn.partnership.Records;

/**
 * A theme as pages show it: how many answers carry it, the record it links to (null when none or no longer there),
 * and when and by whom it was published (null while a draft).
 */
public record ThemeView(
        long id,
        int version,
        int number,
        String name,
        String said,
        String response,
        String change,
        Records.Ref link,
        long answers,
        ZonedDateTime publishedAt,
        String publishedBy) {

    public boolean published() {
        return publishedAt != null;
    }

    /** The link as a form sends it back, or null. */
    public String linkValue() {
        return link == null ? null : link.value();
    }
}
