package scot.cairn.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import scot.cairn.outcome.SustainabilityDetails.MetricDetails;
import scot.cairn.platform.English;
import scot.cairn.platform.InvalidInputException;

class SustainabilityDetailsTests {

    @Test
    void readsNumbersAsPeopleTypeThemAndSkipsBlankMetricRows() {
        var checked = new SustainabilityDetails(
                        " £120,000.50 ",
                        "1,200",
                        "  Viable.  ",
                        " ",
                        List.of(
                                new MetricDetails("", " ", null),
                                new MetricDetails(" Placements made ", "14", "placements")))
                .check();
        assertThat(checked.pilotBudget()).isEqualByComparingTo("120000.50");
        assertThat(checked.participants()).isEqualTo(1200);
        assertThat(checked.viability()).isEqualTo("Viable.");
        assertThat(checked.funderNeeds()).isNull();
        assertThat(checked.metrics())
                .containsExactly(
                        new Sustainability.Metric("Placements made", new java.math.BigDecimal("14"), "placements"));
    }

    @Test
    void everythingMayBeBlank() {
        var checked = new SustainabilityDetails(null, "", null, null, null).check();
        assertThat(checked.pilotBudget()).isNull();
        assertThat(checked.participants()).isNull();
        assertThat(checked.metrics()).isEmpty();
    }

    @Test
    void reportsEveryProblemByField() {
        var e = catchThrowableOfType(
                InvalidInputException.class,
                () -> new SustainabilityDetails(
                                "lots",
                                "-3",
                                "x".repeat(4001),
                                null,
                                List.of(new MetricDetails("Visits", "many", null)))
                        .check());
        assertThat(English.of(e.fieldErrors()))
                .containsEntry("pilotBudget", "Enter the pilot budget in pounds, like 120000 or 120000.50")
                .containsEntry("participants", "Enter the number of participants as a whole number, like 30")
                .containsEntry("viability", "Financial viability must be 4,000 characters or fewer")
                .containsEntry("metric1Value", "Metric 1: enter a number, like 14 or 3.5")
                .containsEntry("metric1Unit", "Metric 1: enter the unit, like placements")
                .doesNotContainKey("metric1Name");
        assertThat(English.of(catchThrowableOfType(
                                InvalidInputException.class,
                                () -> new SustainabilityDetails("1.234", "2.5", null, null, null).check())
                        .fieldErrors()))
                .containsOnlyKeys("pilotBudget", "participants");
    }

    @Test
    void aDecimalCommaIsRefusedAndCommasGroupThousands() {
        var e = catchThrowableOfType(
                InvalidInputException.class,
                () -> new SustainabilityDetails(
                                "1,5", "1,5", null, null, List.of(new MetricDetails("Visits", "2,5", "visits")))
                        .check());
        String comma = "use a full stop for decimals, like 1.5 (commas only group thousands, like 1,500)";
        assertThat(labelled(e.fieldErrors()))
                .containsEntry("pilotBudget", "Pilot budget: " + comma)
                .containsEntry("participants", "Participants: " + comma)
                .containsEntry("metric1Value", "Metric 1: " + comma);

        var grouped = new SustainabilityDetails(
                        "£1,500", "1,500", null, null, List.of(new MetricDetails("Visits", "2,500.5", "visits")))
                .check();
        assertThat(grouped.pilotBudget()).isEqualByComparingTo("1500");
        assertThat(grouped.participants()).isEqualTo(1500);
        assertThat(grouped.metrics().get(0).amount()).isEqualByComparingTo("2500.5");
    }

    @Test
    void numbersMustFitTheirColumnsAndThereAreAtMostFiveMetrics() {
        var metric = new MetricDetails("Visits", "1", "visits");
        var e = catchThrowableOfType(
                InvalidInputException.class,
                () -> new SustainabilityDetails(
                                "1".repeat(18),
                                "99999999999",
                                null,
                                null,
                                List.of(metric, metric, metric, metric, metric, metric))
                        .check());
        assertThat(labelled(e.fieldErrors()))
                .containsEntry(
                        "pilotBudget", "Pilot budget: enter a number with at most 17 digits before the decimal point")
                .containsEntry("participants", "Participants: enter a whole number with at most 9 digits")
                .containsEntry(
                        "metrics",
                        "The sustainability evidence has at most 5 volumes and service metrics; this one would have 6");
    }

    /**
     * A labelled refusal ("Value: enter a number") as the tests expect it: the refusal after the label starts in lower
     * case whether or not the bundles capitalise it.
     */
    static java.util.Map<String, String> labelled(
            java.util.Map<String, ? extends org.springframework.context.MessageSourceResolvable> errors) {
        var words = new java.util.LinkedHashMap<String, String>();
        English.of(errors).forEach((field, text) -> {
            int colon = text.indexOf(": ");
            words.put(
                    field,
                    colon < 0 || colon + 2 >= text.length()
                            ? text
                            : text.substring(0, colon + 2)
                                    + Character.toLowerCase(text.charAt(colon + 2))
                                    + text.substring(colon + 3));
        });
        return words;
    }
}
