package scot.cairn.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.platform.Labelled;
import scot.cairn.platform.Message;

/**
 * The words of a report's facts, in the language of whoever generates them: the facts are kept as they were written,
 * like a decision's text, so that a submitted report reads the same later.
 */
@Component
class ReportWords {

    static final ZoneId SCOTLAND = ZoneId.of("Europe/London");

    /** A date as refusals name it, the same in every language: 2027-03-31. */
    static final DateTimeFormatter SCOTLAND_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final MessageSource messages;

    ReportWords(MessageSource messages) {
        this.messages = messages;
    }

    String of(String key, Object... args) {
        return messages.getMessage(Message.of(key, args), LocaleContextHolder.getLocale());
    }

    String label(Labelled value) {
        return of(value.labelKey());
    }

    String day(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("d MMMM yyyy", LocaleContextHolder.getLocale()));
    }

    static LocalDate day(Instant at) {
        return at.atZone(SCOTLAND).toLocalDate();
    }
}
