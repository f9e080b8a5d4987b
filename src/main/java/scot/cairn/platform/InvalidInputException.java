package scot.cairn.platform;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Thrown by services when input breaks a rule that only the domain can check (a duplicate name, dates in the wrong
 * order). Carries one message per field, in the order the fields appear on the form; the key {@code ""} is for a
 * message about the whole record. Messages are bundle keys, put into words in the reader's language by the page or the
 * API.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, Message> fieldErrors;

    public InvalidInputException(Map<String, Message> fieldErrors) {
        super(String.join(
                " ", fieldErrors.values().stream().map(Message::toString).toList()));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** One refusal on {@code field}: the message {@code key} with its arguments. */
    public static InvalidInputException of(String field, String key, Object... args) {
        return of(field, Message.of(key, args));
    }

    public static InvalidInputException of(String field, Message message) {
        return new InvalidInputException(Map.of(field, message));
    }

    /** Field errors in the order they were raised; never empty. */
    public Map<String, Message> fieldErrors() {
        return fieldErrors;
    }

    /** Collects field errors and throws once, so a form shows every problem at the same time. */
    public static final class Collector {
        private final Map<String, Message> errors = new LinkedHashMap<>();

        public Collector rejectIf(boolean condition, String field, String key, Object... args) {
            return rejectIf(condition, field, Message.of(key, args));
        }

        public Collector rejectIf(boolean condition, String field, Message message) {
            if (condition) {
                errors.putIfAbsent(field, message);
            }
            return this;
        }

        /** Whether nothing has been refused so far. */
        public boolean isEmpty() {
            return errors.isEmpty();
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
