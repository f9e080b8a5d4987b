package scot.cairn.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Dates and times as the reader writes them, in their language ("5 March 2026", "5 Mawrth 2026", "5 dhen Mhàrt
 * 2026"), on Scottish time. Templates use {@code #temporals.format} with the same patterns; this is for words made in
 * Java, such as a message argument, a PDF or a spreadsheet.
 */
public final class Dates {

    private static final ZoneId SCOTLAND = ZoneId.of("Europe/London");

    private Dates() {}

    /** "5 March 2026"; "" for null. */
    public static String day(LocalDate date) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale())
                        .format(date);
    }

    /** "5 March 2026, 14:05" on Scottish time; "" for null. */
    public static String moment(Instant instant) {
        return instant == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", LocaleContextHolder.getLocale())
                        .format(instant.atZone(SCOTLAND));
    }
}
