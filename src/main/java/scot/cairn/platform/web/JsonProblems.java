package scot.cairn.platform.web;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
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
            return "'" + bad.getValue() + "' is not a valid " + (type == null ? "value" : type.getSimpleName());
        }
        if (ex.getCause() instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "Expected a value of type " + mismatch.getTargetType().getSimpleName();
        }
        return "The request body is not valid JSON";
    }
}
