package scot.cairn.platform;

/** Thrown when a save is based on a version of a record that someone else has changed since. */
public class ConcurrentChangeException extends RuntimeException {

    /** What the page and the API say. */
    public static final Message REASON = Message.of("platform.conflict.detail");

    public ConcurrentChangeException(String what) {
        super("The " + what + " was changed by someone else since it was read");
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
