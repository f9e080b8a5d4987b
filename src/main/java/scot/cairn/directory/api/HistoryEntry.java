package scot.cairn.directory.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import scot.cairn.platform.AuditEvent;

/**
 * One change in a record's history: when, by whom (email, or "system"), what, and field lines "label: before ->
 * after", in the language the request asks for. Entries store bundle keys; older ones hold English, shown as written.
 */
record HistoryEntry(Instant occurredAt, String actor, String action, List<String> changes) {

    private static final Pattern CHANGE = Pattern.compile("(?s)([^:]+): (.*) -> (.*)");

    static HistoryEntry of(AuditEvent e, MessageSource messages, Locale locale) {
        return new HistoryEntry(
                e.occurredAt(),
                e.actor(),
                stored(e.action(), messages, locale),
                e.changes().stream().map(c -> change(c, messages, locale)).toList());
    }

    private static String stored(String text, MessageSource messages, Locale locale) {
        if (text == null || text.indexOf(' ') >= 0 || text.indexOf('.') < 0) {
            return text;
        }
        return messages.getMessage(text, null, text, locale);
    }

    private static String change(String line, MessageSource messages, Locale locale) {
        var parts = CHANGE.matcher(line == null ? "" : line);
        if (!parts.matches()) {
            return stored(line, messages, locale);
        }
        return messages.getMessage(
                "platform.history.change",
                new Object[] {
                    stored(parts.group(1), messages, locale),
                    stored(parts.group(2), messages, locale),
                    stored(parts.group(3), messages, locale)
                },
                locale);
    }
}
