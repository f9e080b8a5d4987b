package scot.cairn.platform.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import scot.cairn.platform.HiddenCharacters;
import scot.cairn.platform.Numbers;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Turns a request body Jackson could not read into the field it failed on and a message a person understands. */
final class JsonProblems {

    private JsonProblems() {}

    static String fieldOf(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
            return json.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."))
                    .replace(".[", "[");
        }
        return "";
    }

    static String messageOf(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof JsonStrings.NulInString) {
            return HiddenCharacters.refusal(fieldOf(ex));
        }
        if (ex.getCause() instanceof InputCoercionException tooBig && tooBig.getTargetType() != null) {
            return tooLarge(tooBig.getTargetType());
        }
        if (ex.getCause() instanceof InvalidFormatException bad) {
            var type = bad.getTargetType();
            if (type != null && type.isEnum()) {
                return "'" + bad.getValue() + "' is not one of "
                        + Arrays.stream(type.getEnumConstants())
                                .map(Object::toString)
                                .collect(Collectors.joining(", "));
            }
            if (type != null && type.getSimpleName().startsWith("Local")) {
                return "'" + bad.getValue() + "' is not a date in the form YYYY-MM-DD";
            }
            if (bad.getValue() instanceof String typed
                    && Numbers.DECIMAL_COMMA.equals(Numbers.problem(typed, 100, 100))) {
                return "'" + typed + "' is not a number: " + Numbers.DECIMAL_COMMA;
            }
            return "'" + bad.getValue() + "' is not a valid " + (type == null ? "value" : type.getSimpleName());
        }
        if (ex.getCause() instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "Expected a value of type " + mismatch.getTargetType().getSimpleName();
        }
        return "The request body is not valid JSON";
    }

    /** A whole number beyond what its field holds, such as 99999999999 for a number of years. */
    private static String tooLarge(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "Enter a whole number from " + String.format(Locale.UK, "%,d", Integer.MIN_VALUE) + " to "
                    + String.format(Locale.UK, "%,d", Integer.MAX_VALUE);
        }
        if (type == Long.class || type == long.class) {
            return "Enter a whole number from " + String.format(Locale.UK, "%,d", Long.MIN_VALUE) + " to "
                    + String.format(Locale.UK, "%,d", Long.MAX_VALUE);
        }
        return "The number is too large for this field";
    }
}
