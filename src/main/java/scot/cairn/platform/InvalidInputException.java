package scot.cairn.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by services when input breaks a rule that only the domain can check (a duplicate name, dates in the wrong
 * order). Carries one message per field, in the order the fields appear on the form; the key {@code ""} is for a
 * message about the whole record.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super(String.join(" ", fieldErrors.values()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static InvalidInputException of(String field, String message) {
        return new InvalidInputException(Map.of(field, message));
    }

    /** Field errors in the order they were raised; never empty. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Collects field errors and throws once, so a form shows every problem at the same time. */
    public static final class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();

        public Collector rejectIf(boolean condition, String field, String message) {
            if (condition) {
                errors.putIfAbsent(field, message);
            }
            return this;
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
