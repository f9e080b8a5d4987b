package scot.cairn.partnership.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dates and moments as the partnership pages write them ("23 November 2026", "23 November 2026 14:05"), in British
 * English and in the application's time zone whatever the browser asks for. Templates call it as
 * {@code @partnershipDates}.
 */
@Component("partnershipDates")
class PartnershipDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK);

    private final Clock clock;

    PartnershipDates(Clock clock) {
        this.clock = clock;
    }

    /** The day, or "Not set" when unknown. */
    public String day(LocalDate day) {
        return day == null ? "Not set" : DAY.format(day);
    }

    /** A span of days; either end may be unknown. */
    public String range(LocalDate start, LocalDate end) {
        if (start == null && end == null) {
            return "Not set";
        }
        if (end == null) {
            return "From " + DAY.format(start);
        }
        return start == null ? "Until " + DAY.format(end) : DAY.format(start) + " to " + DAY.format(end);
    }

    /** A moment, to the minute, in the application's time zone. */
    public String at(Instant moment) {
        return MOMENT.format(moment.atZone(clock.getZone()));
    }
}
