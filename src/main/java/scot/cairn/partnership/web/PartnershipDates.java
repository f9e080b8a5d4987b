package scot.cairn.partnership.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates and moments as the partnership pages write them ("23 November 2026", "23 Tachwedd 2026 14:05"), in the
 * reader's language and in the application's time zone. Templates call it as {@code @partnershipDates}.
 */
@Component("partnershipDates")
class PartnershipDates {

    private final Clock clock;
    private final MessageSource messages;

    PartnershipDates(Clock clock, MessageSource messages) {
        this.clock = clock;
        this.messages = messages;
    }

    /** The day, or "Not set" when unknown. */
    public String day(LocalDate day) {
        return day == null ? words("partnership.dates.notSet") : format("d MMMM yyyy", day);
    }

    /** A span of days; either end may be unknown. */
    public String range(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return words("partnership.dates.notSet");
        }
        if (end == null) {
            return words("partnership.dates.from", day(start));
        }
        return start == null
                ? words("partnership.dates.until", day(end))
                : words("partnership.dates.range", day(start), day(end));
    }

    /** A moment, to the minute, in the application's time zone. */
    public String at(Instant moment) {
        return format("d MMMM yyyy HH:mm", moment.atZone(clock.getZone()));
    }

    private static String format(String pattern, java.time.temporal.TemporalAccessor when) {
        return DateTimeFormatter.ofPattern(pattern, LocaleContextHolder.getLocale())
                .format(when);
    }

    private String words(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
