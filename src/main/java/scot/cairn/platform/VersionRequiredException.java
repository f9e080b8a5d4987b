package scot.cairn.platform;

/**
 * Thrown when a change does not say which version of the record it was based on, so it cannot be checked against
 * changes made since. The API answers 428 Precondition Required.
 */
public class VersionRequiredException extends RuntimeException {

    public VersionRequiredException(String what) {
        super("Send the version of the " + what + " you last read, so that a change made since is not overwritten.");
    }
}
