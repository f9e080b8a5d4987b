package scot.cairn.platform;

/** Thrown when the user may see a record but not make the change asked for. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
