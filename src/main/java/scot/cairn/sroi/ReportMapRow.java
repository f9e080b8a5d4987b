package scot.cairn.sroi;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import scot.cairn.platform.Message;
import scot.cairn.sroi.ImpactMapWorkbook.MapLine;

/**
 * One impact-map row of the printed report with every figure written out for reading (money to the penny, percentages
 * and quantities without trailing zeros), so the template only places text and the PDF stays quick to lay out.
 */
public record ReportMapRow(
        Message stakeholder,
        String outcome,
        String indicator,
        String quantity,
        String years,
        String proxy,
        Message source,
        String deadweight,
        String displacement,
        String attribution,
        String dropOff,
        String impact,
        String presentValue) {

    static ReportMapRow of(MapLine line, RowResult result) {
        return new ReportMapRow(
                SroiReport.text(line.stakeholder()),
                line.outcome(),
                line.indicator(),
                quantity(line.quantity()),
                Integer.toString(line.durationYears()),
                proxy(line),
                line.baseYear() == null
                        ? SroiReport.text(line.proxySource())
                        : Message.of(
                                "sroi.report.sourcePrices",
                                line.proxySource(),
                                line.baseYear().toString()),
                percent(line.deadweight()),
                percent(line.displacement()),
                percent(line.attribution()),
                percent(line.dropOff()),
                SroiDisplay.money(result.impact()),
                SroiDisplay.money(result.presentValue()));
    }

    /** The map's total line: impact (year 1) and present value, the other cells empty. */
    static ReportMapRow total(BigDecimal impact, BigDecimal presentValue) {
        return new ReportMapRow(
                Message.of("sroi.total"),
                "",
                "",
                "",
                "",
                "",
                SroiReport.text(""),
                "",
                "",
                "",
                "",
                SroiDisplay.money(impact),
                SroiDisplay.money(presentValue));
    }

    static String percent(BigDecimal percent) {
        return percent.stripTrailingZeros().toPlainString() + "%";
    }

    static String quantity(BigDecimal quantity) {
        var format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.UK));
        return format.format(quantity);
    }

    private static String proxy(MapLine line) {
        String value = SroiDisplay.money(line.proxyValue());
        String unit = line.proxyUnit() == null || line.proxyUnit().isBlank() ? "" : " " + line.proxyUnit();
        return value + unit;
    }
}
