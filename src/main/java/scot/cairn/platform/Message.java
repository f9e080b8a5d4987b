package scot.cairn.platform;

import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/**
 * Words for a person, as a key into the message bundles with its arguments, turned into text in the reader's language
 * only when a page, an email or a Problem Details is written. Arguments may be numbers, dates, plain text or other
 * messages (a row number and the refusal of its value, say), which are translated in turn.
 *
 * @param key a key such as {@code governance.decision.title.required}; never blank
 */
public record Message(String key, Object... args) implements MessageSourceResolvable, java.io.Serializable {

    public Message {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("A message needs a key");
        }
        args = args == null ? new Object[0] : args.clone();
    }

    public static Message of(String key, Object... args) {
        return new Message(key, args);
    }

    /** The key of {@link #joined}: several messages read as one, separated as the language separates list items. */
    public static final String JOINED = "platform.joined";

    /** Several messages read as one: "Enter a stakeholder; Duration must be a whole number of years". */
    public static Message joined(java.util.List<Message> parts) {
        return new Message(JOINED, parts.toArray());
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return args.clone();
    }

    /**
     * None for a key: a key missing from the bundles is a bug that the bundle tests catch. Text with a space in it is
     * not a key but words written before the bundles existed, shown as they are until they move into a bundle.
     */
    @Override
    public String getDefaultMessage() {
        return key.indexOf(' ') >= 0 ? key : null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Message m && key.equals(m.key) && Arrays.equals(args, m.args);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(args);
    }

    @Override
    public String toString() {
        return args.length == 0 ? key : key + Arrays.toString(args);
    }
}
