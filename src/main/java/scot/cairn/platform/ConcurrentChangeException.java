package scot.cairn.platform;

/** Thrown when a save is based on a version of a record that someone else has changed since. */
public class ConcurrentChangeException extends RuntimeException {

    /** What the page and the API say. */
    public static final Message REASON = Message.of("platform.conflict.detail");

    private final String titleKey;
    private final Message reason;

    public ConcurrentChangeException(String what) {
        this(what, "platform.problem.conflict", REASON);
    }

    /**
     * A refusal because of the state the record is in now (approved, signed, replaced by a newer version), with its own
     * title and reason: pages show the reason, and the API answers 409 with both.
     */
    protected ConcurrentChangeException(String what, String titleKey, Message reason) {
        super("The " + what + " was changed by someone else since it was read");
        this.titleKey = titleKey;
        this.reason = reason;
    }

    /** The key of the Problem Details title. */
    public String titleKey() {
        return titleKey;
    }

    /** Why the change was refused, for the page and the Problem Details detail. */
    public Message reason() {
        return reason;
    }

    /**
     * Refuses the change when the version the user saw is not the stored one. Every write must say which version it
     * read: a missing one is refused too, never taken as "overwrite whatever is there".
     *
     * @throws VersionRequiredException when {@code seen} is null
     */
    public static void check(String what, Integer seen, Integer stored) {
        if (seen == null) {
            throw new VersionRequiredException(what);
        }
        if (!seen.equals(stored)) {
            throw new ConcurrentChangeException(what);
        }
    }
}
