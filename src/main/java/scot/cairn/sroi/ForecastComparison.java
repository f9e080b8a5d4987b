package scot.cairn.sroi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An evaluative analysis set beside the forecast: the two ratios, present value per outcome and the quantity of each
 * impact-map row (matched by stakeholder, outcome and indicator), each with the difference actual minus forecast.
 * Rows and outcomes found in only one of the two appear with nothing on the other side, so a dropped or new outcome
 * shows rather than vanishes.
 */
public record ForecastComparison(
        Optional<BigDecimal> forecastRatio,
        Optional<BigDecimal> actualRatio,
        BigDecimal forecastValue,
        BigDecimal actualValue,
        List<Line> outcomes,
        List<Line> quantities) {

    /** One compared figure; either side is empty when that analysis does not have it. */
    public record Line(String label, Optional<BigDecimal> forecast, Optional<BigDecimal> actual) {

        /** Actual minus forecast, a missing side counting as zero. */
        public BigDecimal difference() {
            return actual.orElse(BigDecimal.ZERO).subtract(forecast.orElse(BigDecimal.ZERO));
        }

        /** Actual as a percentage of forecast; empty when there is no forecast or it is zero. */
        public Optional<BigDecimal> percentOfForecast() {
            if (forecast.isEmpty() || forecast.get().signum() == 0) {
                return Optional.empty();
            }
            return Optional.of(actual.orElse(BigDecimal.ZERO)
                    .multiply(BigDecimal.valueOf(100))
                    .divide(forecast.get(), MathContext.DECIMAL64));
        }
    }

    public ForecastComparison {
        outcomes = List.copyOf(outcomes);
        quantities = List.copyOf(quantities);
    }

    public static ForecastComparison of(SroiResult forecast, SroiResult actual) {
        return new ForecastComparison(
                forecast.ratio(),
                actual.ratio(),
                forecast.presentValue(),
                actual.presentValue(),
                lines(forecast.presentValueByOutcome(), actual.presentValueByOutcome()),
                lines(quantities(forecast), quantities(actual)));
    }

    /** Ratio of actual minus ratio of forecast, when both have one. */
    public Optional<BigDecimal> ratioDifference() {
        return forecastRatio.flatMap(f -> actualRatio.map(a -> a.subtract(f)));
    }

    private static Map<String, BigDecimal> quantities(SroiResult result) {
        var byRow = new LinkedHashMap<String, BigDecimal>();
        for (var row : result.rows()) {
            var r = row.row();
            byRow.merge(
                    r.stakeholder() + ": " + r.outcome() + " (" + r.indicator() + ")", r.quantity(), BigDecimal::add);
        }
        return byRow;
    }

    private static List<Line> lines(Map<String, BigDecimal> forecast, Map<String, BigDecimal> actual) {
        var labels = new LinkedHashSet<String>(forecast.keySet());
        labels.addAll(actual.keySet());
        var lines = new ArrayList<Line>();
        for (var label : labels) {
            lines.add(
                    new Line(label, Optional.ofNullable(forecast.get(label)), Optional.ofNullable(actual.get(label))));
        }
        return lines;
    }
}
