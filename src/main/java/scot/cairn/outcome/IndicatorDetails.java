package scot.cairn.outcome;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/**
 * What a user enters about an indicator. Baseline and target are optional; the target is per period (quarter or
 * month, as the frequency says).
 */
public record IndicatorDetails(
        @NotNull(message = "Choose the outcome this indicator shows")
        Long outcomeId,

        @NotBlank(message = "Enter the indicator's name")
        @Size(max = 200, message = "Name must be 200 characters or fewer")
        String name,

        @Size(max = 2000, message = "Definition must be 2,000 characters or fewer")
        String definition,

        @NotBlank(message = "Enter the unit, such as children or per cent")
        @Size(max = 60, message = "Unit must be 60 characters or fewer")
        String unit,

        @NotNull(message = "Choose whether higher or lower is better")
        Direction direction,

        @Digits(
                integer = 15,
                fraction = 4,
                message = "Baseline must be a number with at most 15 digits before the decimal point and 4 after it")
        BigDecimal baseline,

        @Digits(
                integer = 15,
                fraction = 4,
                message = "Target must be a number with at most 15 digits before the decimal point and 4 after it")
        BigDecimal target,

        @NotNull(message = "Choose how often it is measured")
        Frequency frequency,

        @Size(max = 300, message = "Source must be 300 characters or fewer")
        String source,

        /** What it counts; null means another measure (which may be negative). */
        Measure measure) {

    IndicatorDetails normalised() {
        return new IndicatorDetails(
                outcomeId,
                Texts.strip(name),
                Texts.optional(definition),
                Texts.strip(unit),
                direction,
                baseline,
                target,
                frequency,
                Texts.optional(source),
                measure == null ? Measure.OTHER : measure);
    }
}
