package scot.cairn.sroi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import scot.cairn.sroi.ImpactMapWorkbook.MapLine;

/**
 * What the printable report of an analysis shows: the analysis described in words, the result, three bar charts
 * (value per year, present value by stakeholder and by outcome), the inputs, the sensitivity table and the impact map.
 * Plain data for a template.
 *
 * <p>The printed map holds at most {@link #MAP_ROWS} rows (the most an analysis may have); an older analysis with
 * more shows its first rows and {@link #mapNote()} says how many are left out and where to find them. That keeps the
 * PDF of any analysis within a known time and memory.
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

    /** The most impact-map rows a report prints. */
    public static final int MAP_ROWS = ImpactMapWorkbook.MAX_ROWS;

    public SroiReport {
        inputs = List.copyOf(inputs);
        rows = List.copyOf(rows);
    }

    public List<ReportChart> charts() {
        var years = new LinkedHashMap<String, BigDecimal>();
        for (int year = 1; year <= result.valuesPerYear().size(); year++) {
            years.put("Year " + year, result.valuesPerYear().get(year - 1));
        }
        return List.of(
                ReportChart.of("Value created in each year (before discounting)", "years", years),
                ReportChart.largest("Present value by stakeholder", "stakeholders", result.presentValueByStakeholder()),
                ReportChart.largest("Present value by outcome", "outcomes", result.presentValueByOutcome()));
    }

    public List<ReportChart.Bar> valuePerYear() {
        return charts().get(0).bars();
    }

    public List<ReportChart.Bar> byStakeholder() {
        return charts().get(1).bars();
    }

    public List<ReportChart.Bar> byOutcome() {
        return charts().get(2).bars();
    }

    /** The map's rows as printed (at most {@link #MAP_ROWS}), then its total line. */
    public List<ReportMapRow> mapRows() {
        int shown = Math.min(rows.size(), MAP_ROWS);
        var printed = new ArrayList<ReportMapRow>(shown + 1);
        for (int i = 0; i < shown; i++) {
            printed.add(ReportMapRow.of(rows.get(i), result.rows().get(i)));
        }
        printed.add(ReportMapRow.total(result.firstYearImpact(), result.presentValue()));
        return printed;
    }

    /** Says which rows the printed map leaves out; empty when it prints them all. */
    public String mapNote() {
        if (rows.size() <= MAP_ROWS) {
            return "";
        }
        return String.format(
                Locale.UK,
                "This report prints the first %,d of the map's %,d rows. The totals count every row, and the"
                        + " spreadsheet download (XLSX) has them all.",
                MAP_ROWS,
                rows.size());
    }

    public String ratio() {
        return SroiDisplay.ratio(result.ratio());
    }

    public String netRatio() {
        return result.netRatio().map(SroiDisplay::net).orElse(SroiResult.NO_INVESTMENT);
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
        return ReportMapRow.percent(percent);
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
                        + String.format(Locale.UK, "%,.2f", change.setScale(2, RoundingMode.HALF_UP))
                        + (threshold.assumption().inPercentagePoints() ? " percentage points" : "%"))
                .orElse(Threshold.UNREACHABLE);
    }
}
