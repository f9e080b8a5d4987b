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
        @NotNull(message = "{outcome.indicator.outcomeMissing}")
        Long outcomeId,

        @NotBlank(message = "{outcome.indicator.nameMissing}")
        @Size(max = 200, message = "{outcome.indicator.nameTooLong}")
        String name,

        @Size(max = 2000, message = "{outcome.indicator.definitionTooLong}")
        String definition,

        @NotBlank(message = "{outcome.indicator.unitMissing}")
        @Size(max = 60, message = "{outcome.indicator.unitTooLong}")
        String unit,

        @NotNull(message = "{outcome.indicator.directionMissing}")
        Direction direction,

        @Digits(integer = 15, fraction = 4, message = "{outcome.indicator.baselineDigits}")
        BigDecimal baseline,

        @Digits(integer = 15, fraction = 4, message = "{outcome.indicator.targetDigits}")
        BigDecimal target,

        @NotNull(message = "{outcome.indicator.frequencyMissing}")
        Frequency frequency,

        @Size(max = 300, message = "{outcome.indicator.sourceTooLong}")
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
