package scot.cairn.platform;

/** Thrown when the user may see a record but not make the change asked for; says why in the reader's language. */
public class ForbiddenException extends RuntimeException {

    private final Message reason;

    public ForbiddenException(String key, Object... args) {
        this(Message.of(key, args));
    }

    public ForbiddenException(Message reason) {
        super(reason.toString());
        this.reason = reason;
    }

    /** Why the change is refused, as a bundle key with arguments. */
    public Message reason() {
        return reason;
    }
}
