package scot.cairn.platform;

/**
 * Thrown when a change does not say which version of the record it was based on, so it cannot be checked against
 * changes made since. The API answers 428 Precondition Required.
 */
public class VersionRequiredException extends RuntimeException {

    /** What the page and the API say. */
    public static final Message REASON = Message.of("platform.version.required");

    public VersionRequiredException(String what) {
        super("A change to the " + what + " did not say which version it read");
    }
}
