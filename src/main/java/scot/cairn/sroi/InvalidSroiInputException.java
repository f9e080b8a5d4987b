package scot.cairn.sroi;

/**
 * Thrown when an impact-map row, an investment, the settings or a sensitivity variation breaks a rule. Names the
 * offending field (the record component, such as {@code deadweight}) so a form can put the message beside it; the
 * message is a sentence a person can act on.
 */
public class InvalidSroiInputException extends IllegalArgumentException {

    private final String field;

    public InvalidSroiInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The record component that is wrong; never null. */
    public String field() {
        return field;
    }
}
