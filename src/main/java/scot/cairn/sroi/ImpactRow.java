package scot.cairn.sroi;

import static scot.cairn.sroi.Checks.notNegative;
import static scot.cairn.sroi.Checks.optional;
import static scot.cairn.sroi.Checks.percent;
import static scot.cairn.sroi.Checks.required;

import java.math.BigDecimal;

/**
 * One row of an impact map: how much of an outcome one stakeholder group experiences, what it is worth and how much
 * of it the activity can claim.
 *
 * <p>Always complete and valid: stakeholder, outcome, indicator and proxy source are non-blank (stripped); the
 * proxy description may be empty but never null; quantity and proxy value are 0 or more; the duration is 1 to 50
 * years; deadweight, displacement, attribution and drop-off are percentages from 0 to 100 (so 25 means 25%).
 *
 * @param quantity how many units of the outcome (people, nights, tonnes), in the unit of the indicator
 * @param durationYears how many years the outcome lasts, year 1 included
 * @param proxyValue financial proxy: the value of one unit of the outcome for one year, in pounds
 * @param proxySource where the proxy value comes from, so that a reader can check it
 * @param deadweight share of the outcome that would have happened anyway
 * @param displacement share of the outcome that displaced other outcomes
 * @param attribution share of the outcome due to other people or organisations
 * @param dropOff share of the outcome lost each year after the first
 */
public record ImpactRow(
        String stakeholder,
        String outcome,
        String indicator,
        BigDecimal quantity,
        int durationYears,
        BigDecimal proxyValue,
        String proxyDescription,
        String proxySource,
        BigDecimal deadweight,
        BigDecimal displacement,
        BigDecimal attribution,
        BigDecimal dropOff) {

    /** The longest duration a row may have. */
    public static final int MAX_DURATION_YEARS = 50;

    public ImpactRow {
        stakeholder = required(stakeholder, "stakeholder", "Enter the stakeholder");
        outcome = required(outcome, "outcome", "Enter the outcome");
        indicator = required(indicator, "indicator", "Enter the indicator");
        quantity = notNegative(quantity, "quantity", "Quantity");
        if (durationYears < 1 || durationYears > MAX_DURATION_YEARS) {
            throw new InvalidSroiInputException(
                    "durationYears", "Duration must be between 1 and " + MAX_DURATION_YEARS + " years");
        }
        proxyValue = notNegative(proxyValue, "proxyValue", "Financial proxy value");
        proxyDescription = optional(proxyDescription);
        proxySource = required(proxySource, "proxySource", "Enter the source of the financial proxy");
        deadweight = percent(deadweight, "deadweight", "Deadweight");
        displacement = percent(displacement, "displacement", "Displacement");
        attribution = percent(attribution, "attribution", "Attribution");
        dropOff = percent(dropOff, "dropOff", "Drop-off");
    }
}
