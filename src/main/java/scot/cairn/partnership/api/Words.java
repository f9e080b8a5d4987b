package scot.cairn.partnership.api;

import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.platform.Message;

/**
 * Words the API answers with, in the language the request asks for ({@code Accept-Language}): gate criteria, notes on
 * the timeline and the history. Enum values stay English in JSON; only words for people are translated.
 */
@Component("partnershipApiWords")
class Words {

    private static final Pattern CHANGE = Pattern.compile("(?s)([^:]+): (.*) -> (.*)");

    private final MessageSource messages;

    Words(MessageSource messages) {
        this.messages = messages;
    }

    /** The message in the reader's language; null for null. */
    String of(Message message) {
        return message == null ? null : messages.getMessage(message, LocaleContextHolder.getLocale());
    }

    /** A stored action or value: a key in the reader's language, or older words as they were written. */
    String stored(String text) {
        if (text == null || text.indexOf(' ') >= 0 || text.indexOf('.') < 0) {
            return text;
        }
        return messages.getMessage(text, null, text, LocaleContextHolder.getLocale());
    }

    /** One stored line of changes, "label: before -> after", with each key translated. */
    String change(String line) {
        var parts = CHANGE.matcher(line == null ? "" : line);
        if (!parts.matches()) {
            return stored(line);
        }
        return of(Message.of(
                "platform.history.change", stored(parts.group(1)), stored(parts.group(2)), stored(parts.group(3))));
    }
}
