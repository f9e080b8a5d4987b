package scot.cairn.platform.web;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.beans.PropertyAccessException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.format.Formatter;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import scot.cairn.platform.Message;
import scot.cairn.platform.Numbers;

/**
 * Decimal numbers in every form and query parameter are read with {@link Numbers}, as the measurement import reads
 * them: "1,500" is 1500 and "1,5" is refused with "Use a full stop for decimals, like 1.5 (commas only group
 * thousands, like 1,500)" beside the field, instead of the generic "Enter a number". Whether a number fits its column
 * is the rules' business; here only its form is checked, with room for any column.
 */
@ControllerAdvice
class NumberFields {

    /** More digits than any column holds; a longer number is refused before it is made. */
    private static final int DIGITS = 40;

    @InitBinder
    void typedNumbers(WebDataBinder binder) {
        binder.addCustomFormatter(new Typed(), BigDecimal.class);
        binder.setBindingErrorProcessor(new Problems());
    }

    /** Thrown for a number typed in a way {@link Numbers} refuses; its message is the one to show. */
    static final class NumberProblem extends IllegalArgumentException {
        private final transient Message problem;

        NumberProblem(Message problem) {
            super(problem.toString());
            this.problem = problem;
        }

        Message problem() {
            return problem;
        }
    }

    static final class Typed implements Formatter<BigDecimal> {

        @Override
        public BigDecimal parse(String text, Locale locale) {
            var problem = Numbers.problem(text, DIGITS, DIGITS);
            if (Numbers.NOT_A_NUMBER.equals(problem)) {
                // Not a number at all: the bundle's typeMismatch "Enter a number, like 1250.50" says it.
                throw new IllegalArgumentException(problem.key());
            }
            if (problem != null) {
                throw new NumberProblem(problem);
            }
            return Numbers.read(text, DIGITS, DIGITS).orElseThrow();
        }

        @Override
        public String print(BigDecimal value, Locale locale) {
            return value.toPlainString();
        }
    }

    /** Shows a {@link NumberProblem} in its own words; every other binding error as before. */
    static final class Problems extends DefaultBindingErrorProcessor {

        @Override
        public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
            if (NestedExceptionUtils.getMostSpecificCause(ex) instanceof NumberProblem problem) {
                String field = ex.getPropertyName();
                var message = problem.problem();
                result.addError(new FieldError(
                        result.getObjectName(),
                        field,
                        ex.getValue(),
                        true,
                        message.getCodes(),
                        message.getArguments(),
                        null));
                return;
            }
            super.processPropertyAccessException(ex, result);
        }
    }
}
