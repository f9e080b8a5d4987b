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
        stakeholder = required(stakeholder, "stakeholder", "sroi.check.stakeholder");
        outcome = required(outcome, "outcome", "sroi.check.outcome");
        indicator = required(indicator, "indicator", "sroi.check.indicator");
        quantity = notNegative(quantity, "quantity", "sroi.check.quantity.missing", "sroi.check.quantity.negative");
        if (durationYears < 1 || durationYears > MAX_DURATION_YEARS) {
            throw new InvalidSroiInputException("durationYears", "sroi.check.duration", MAX_DURATION_YEARS);
        }
        proxyValue = notNegative(
                proxyValue, "proxyValue", "sroi.check.proxyValue.missing", "sroi.check.proxyValue.negative");
        proxyDescription = optional(proxyDescription);
        proxySource = required(proxySource, "proxySource", "sroi.check.proxySource");
        deadweight = percent(deadweight, "deadweight", "sroi.check.deadweight.missing", "sroi.check.deadweight.range");
        displacement = percent(
                displacement, "displacement", "sroi.check.displacement.missing", "sroi.check.displacement.range");
        attribution =
                percent(attribution, "attribution", "sroi.check.attribution.missing", "sroi.check.attribution.range");
        dropOff = percent(dropOff, "dropOff", "sroi.check.dropOff.missing", "sroi.check.dropOff.range");
    }
}
