package scot.cairn.platform.web;

import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import scot.cairn.platform.Message;

/**
 * Words in the reader's language (the request's) for what arrives as a {@link Message} or as words stored in the
 * audit trail rather than as a key a template names: templates use it as {@code ${@texts.of(problem)}}, API resources
 * through {@link #words}, {@link #stored} and {@link #change}.
 */
@Component("texts")
public class Texts {

    private static final String NONE = "(none)";
    private static final Pattern CHANGE = Pattern.compile("(?s)([^:]+): (.*) -> (.*)");

    private final MessageSource messages;

    Texts(MessageSource messages) {
        this.messages = messages;
    }

    /** The words of a message; words that are already words (a {@code String}) as they are; "" for null. */
    public String of(Object message) {
        if (message instanceof MessageSourceResolvable resolvable) {
            return messages.getMessage(resolvable, LocaleContextHolder.getLocale());
        }
        return message == null ? "" : message.toString();
    }

    /** The words of a message, or null for none: for JSON, where an absent text stays null. */
    public String words(Message message) {
        return message == null ? null : of(message);
    }

    /**
     * Words stored in the audit trail: a key (what Cairn records now) in the reader's language, or the English that
     * older entries hold, as it was written.
     */
    public String stored(String text) {
        if (NONE.equals(text)) {
            return of(Message.of("platform.history.none"));
        }
        if (text == null || text.isEmpty() || text.indexOf(' ') >= 0 || text.indexOf('.') < 0) {
            return text;
        }
        return messages.getMessage(text, null, text, LocaleContextHolder.getLocale());
    }

    /** One line of an audit entry's changes, "label: before -> after", with each stored key translated. */
    public String change(String line) {
        var parts = CHANGE.matcher(line == null ? "" : line);
        if (!parts.matches()) {
            return stored(line);
        }
        return of(Message.of(
                "platform.history.change", stored(parts.group(1)), stored(parts.group(2)), stored(parts.group(3))));
    }
}
