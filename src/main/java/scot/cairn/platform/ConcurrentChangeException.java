package scot.cairn.platform;

/** Thrown when a save is based on a version of a record that someone else has changed since. */
public class ConcurrentChangeException extends RuntimeException {

    public ConcurrentChangeException(String what) {
        super("This " + what + " was changed by someone else since you opened it. "
                + "Reload it to see their changes, then make yours again.");
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
