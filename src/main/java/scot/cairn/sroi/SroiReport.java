package scot.cairn.sroi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import scot.cairn.sroi.ImpactMapWorkbook.MapLine;

/**
 * What the printable report of an analysis shows: the analysis described in words, its inputs and impact map, the
 * result, the sensitivity table and three bar charts (value per year, present value by stakeholder and by outcome).
 * Plain data for a template; the bars carry their width as a share of the longest bar.
 */
public record SroiReport(
        String title,
        String partnership,
        String type,
        String period,
        String status,
        Settings settings,
        List<Investment> inputs,
        List<MapLine> rows,
        SroiResult result,
        SensitivityReport sensitivity,
        String generated) {

    /** One bar of a chart: its label, its value for people and its length as a percentage of the longest bar. */
    public record Bar(String label, String value, int widthPercent) {}

    public SroiReport {
        inputs = List.copyOf(inputs);
        rows = List.copyOf(rows);
    }

    public List<Bar> valuePerYear() {
        var labelled = new java.util.LinkedHashMap<String, BigDecimal>();
        for (int year = 1; year <= result.valuesPerYear().size(); year++) {
            labelled.put("Year " + year, result.valuesPerYear().get(year - 1));
        }
        return bars(labelled);
    }

    public List<Bar> byStakeholder() {
        return bars(result.presentValueByStakeholder());
    }

    public List<Bar> byOutcome() {
        return bars(result.presentValueByOutcome());
    }

    public String ratio() {
        return SroiDisplay.ratio(result.ratio());
    }

    public String netRatio() {
        return result.netRatio()
                .map(r -> String.format(java.util.Locale.UK, "%,.2f", r.setScale(2, RoundingMode.HALF_UP)))
                .orElse(SroiResult.NO_INVESTMENT);
    }

    public String payback() {
        return result.paybackMonths()
                .map(SroiDisplay::months)
                .orElse(result.message().orElse(""));
    }

    public String money(BigDecimal amount) {
        return SroiDisplay.money(amount);
    }

    public String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    public String settingsText() {
        return "Discount rate " + percent(settings.discountRate())
                + (settings.discountFirstYear() ? ", year 1 discounted" : ", year 1 not discounted")
                + (settings.deductions() == DeductionMethod.MULTIPLIED
                        ? ", deductions multiplied"
                        : ", deductions added")
                + (settings.dropOff() == DropOffMethod.COMPOUNDING
                        ? ", compounding drop-off"
                        : ", straight-line drop-off")
                + ".";
    }

    public String sensitivityAmount(SensitivityLine line) {
        return line.assumption().inPercentagePoints()
                ? line.amount().stripTrailingZeros().toPlainString() + " percentage points"
                : line.amount().stripTrailingZeros().toPlainString() + "%";
    }

    public String thresholdText(Threshold threshold) {
        return threshold
                .change()
                .map(change -> (change.signum() > 0 ? "+" : "")
                        + change.setScale(2, RoundingMode.HALF_UP).toPlainString()
                        + (threshold.assumption().inPercentagePoints() ? " percentage points" : "%"))
                .orElse(Threshold.UNREACHABLE);
    }

    private static List<Bar> bars(Map<String, BigDecimal> values) {
        BigDecimal longest = values.values().stream()
                .map(BigDecimal::abs)
                .max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        var bars = new ArrayList<Bar>();
        values.forEach((label, value) -> {
            int width = longest.signum() == 0
                    ? 0
                    : value.abs()
                            .multiply(BigDecimal.valueOf(100))
                            .divide(longest, 0, RoundingMode.HALF_UP)
                            .intValue();
            bars.add(new Bar(label, SroiDisplay.money(value), width));
        });
        return bars;
    }
}
