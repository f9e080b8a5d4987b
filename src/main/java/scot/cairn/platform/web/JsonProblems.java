package scot.cairn.platform.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import scot.cairn.platform.HiddenCharacters;
import scot.cairn.platform.Message;
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

    static Message messageOf(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof JsonStrings.NulInString) {
            return HiddenCharacters.refusal(fieldOf(ex));
        }
        if (ex.getCause() instanceof InputCoercionException tooBig && tooBig.getTargetType() != null) {
            return tooLarge(tooBig.getTargetType());
        }
        if (ex.getCause() instanceof InvalidFormatException bad) {
            var type = bad.getTargetType();
            var value = String.valueOf(bad.getValue());
            if (type != null && type.isEnum()) {
                return Message.of(
                        "platform.json.notOneOf",
                        value,
                        Arrays.stream(type.getEnumConstants())
                                .map(Object::toString)
                                .collect(Collectors.joining(", ")));
            }
            if (type != null && type.getSimpleName().startsWith("Local")) {
                return Message.of("platform.json.notDate", value);
            }
            if (bad.getValue() instanceof String typed
                    && Numbers.DECIMAL_COMMA.equals(Numbers.problem(typed, 100, 100))) {
                return Message.of("platform.json.decimalComma", typed, Numbers.DECIMAL_COMMA);
            }
            return Message.of("platform.json.invalidValue", value, type == null ? "value" : type.getSimpleName());
        }
        if (ex.getCause() instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return Message.of(
                    "platform.json.expectedType", mismatch.getTargetType().getSimpleName());
        }
        return Message.of("platform.json.unreadable");
    }

    /** A whole number beyond what its field holds, such as 99999999999 for a number of years. */
    private static Message tooLarge(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return Message.of("platform.json.wholeRange", Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (type == Long.class || type == long.class) {
            return Message.of("platform.json.wholeRange", Long.MIN_VALUE, Long.MAX_VALUE);
        }
        return Message.of("platform.json.tooLarge");
    }
}
