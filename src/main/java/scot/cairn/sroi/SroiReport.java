package scot.cairn.sroi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import scot.cairn.platform.Message;
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
        Message type,
        Message period,
        Message status,
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

    /** "Forecast SROI analysis of Falkirk foster care, 1 April 2026 to 31 March 2027". */
    public Message about() {
        return Message.of("sroi.report.about", type, partnership, period);
    }

    public List<ReportChart> charts() {
        var years = new LinkedHashMap<Message, BigDecimal>();
        for (int year = 1; year <= result.valuesPerYear().size(); year++) {
            years.put(Message.of("sroi.year", year), result.valuesPerYear().get(year - 1));
        }
        return List.of(
                ReportChart.of(Message.of("sroi.report.chart.years"), "years", years),
                ReportChart.largest(
                        Message.of("sroi.analysis.byStakeholder"), "stakeholders", result.presentValueByStakeholder()),
                ReportChart.largest(Message.of("sroi.analysis.byOutcome"), "outcomes", result.presentValueByOutcome()));
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

    /** Says which rows the printed map leaves out; null when it prints them all. */
    public Message mapNote() {
        return rows.size() <= MAP_ROWS ? null : Message.of("sroi.report.mapNote", MAP_ROWS, rows.size());
    }

    /** The ratio, or why there is none. */
    public Message ratio() {
        return result.ratio().map(r -> text(SroiDisplay.ratio(r))).orElse(Message.of("sroi.result.noInvestment"));
    }

    public Message netRatio() {
        return result.netRatio()
                .map(r -> Message.of("sroi.format.perPound", SroiDisplay.money(r)))
                .orElse(Message.of("sroi.result.noInvestment"));
    }

    public Message payback() {
        return result.paybackMonths()
                .map(m -> Message.of("sroi.format.months", SroiDisplay.months(m)))
                .orElse(result.reason().orElse(text("")));
    }

    /** Words that need no translation, such as a figure or a name someone typed, as a message the template prints. */
    static Message text(String words) {
        return Message.of("sroi.report.text", words);
    }

    public String money(BigDecimal amount) {
        return SroiDisplay.money(amount);
    }

    public String percent(BigDecimal percent) {
        return ReportMapRow.percent(percent);
    }

    /** "Discount rate 3.5%, year 1 discounted, deductions multiplied, compounding drop-off." */
    public Message settingsText() {
        return Message.of(
                "sroi.report.settings",
                percent(settings.discountRate()),
                Message.of(settings.discountFirstYear() ? "sroi.report.firstYear" : "sroi.report.notFirstYear"),
                Message.of(
                        settings.deductions() == DeductionMethod.MULTIPLIED
                                ? "sroi.report.multiplied"
                                : "sroi.report.added"),
                Message.of(
                        settings.dropOff() == DropOffMethod.COMPOUNDING
                                ? "sroi.report.compounding"
                                : "sroi.report.straightLine"));
    }

    public Message sensitivityAmount(SensitivityLine line) {
        String amount = line.amount().stripTrailingZeros().toPlainString();
        return line.assumption().inPercentagePoints() ? Message.of("sroi.format.points", amount) : text(amount + "%");
    }

    public Message thresholdText(Threshold threshold) {
        return threshold
                .change()
                .map(change -> {
                    String amount = (change.signum() > 0 ? "+" : "")
                            + String.format(Locale.UK, "%,.2f", change.setScale(2, RoundingMode.HALF_UP));
                    return threshold.assumption().inPercentagePoints()
                            ? Message.of("sroi.format.points", amount)
                            : text(amount + "%");
                })
                .orElse(Message.of("sroi.format.unreachable"));
    }
}
