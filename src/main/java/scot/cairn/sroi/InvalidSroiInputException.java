package scot.cairn.sroi;

import scot.cairn.platform.Message;

/**
 * Thrown when an impact-map row, an investment, the settings or a sensitivity variation breaks a rule. Names the
 * offending field (the record component, such as {@code deadweight}) so a form can put the reason beside it; the
 * reason is a message key with its arguments, a sentence a person can act on in their own language.
 */
public class InvalidSroiInputException extends IllegalArgumentException {

    private final String field;
    private final transient Message reason;

    public InvalidSroiInputException(String field, String key, Object... args) {
        this(field, Message.of(key, args));
    }

    public InvalidSroiInputException(String field, Message reason) {
        super(reason.toString());
        this.field = field;
        this.reason = reason;
    }

    /** The record component that is wrong; never null. */
    public String field() {
        return field;
    }

    /** Why the value is refused. */
    public Message reason() {
        return reason;
    }
}
