package scot.cairn.directory;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.stereotype.Component;
import scot.cairn.platform.InvalidInputException;

/**
 * Checks the bean-validation rules of a details record inside the services, so that every caller (pages, the JSON
 * API, other modules) gets the same field messages instead of a database error.
 */
@Component
class DetailsRules {

    private final Validator validator;

    DetailsRules(Validator validator) {
        this.validator = validator;
    }

    /** @throws InvalidInputException naming each broken field, in the order the record declares its fields */
    void check(Record details) {
        var fields = Arrays.stream(details.getClass().getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        var errors = new InvalidInputException.Collector();
        validator.validate(details).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<Record> v) -> fields.indexOf(field(v)))
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> errors.rejectIf(true, field(v), v.getMessage()));
        errors.throwIfAny();
    }

    private static String field(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString();
    }
}
