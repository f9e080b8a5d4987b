package scot.cairn.platform;

/**
 * Thrown when a record does not exist or the current user may not know that it exists. Both answer 404 so that
 * existence does not leak.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
