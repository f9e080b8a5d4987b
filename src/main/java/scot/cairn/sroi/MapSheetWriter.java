package scot.cairn.sroi;

import static scot.cairn.sroi.WorkbookStyles.formula;
import static scot.cairn.sroi.WorkbookStyles.number;
import static scot.cairn.sroi.WorkbookStyles.percent;
import static scot.cairn.sroi.WorkbookStyles.text;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import scot.cairn.sroi.ImpactMapWorkbook.Column;
import scot.cairn.sroi.ImpactMapWorkbook.Contents;
import scot.cairn.sroi.ImpactMapWorkbook.MapLine;

/**
 * Writes the "Impact map" sheet: two header rows (stages, then column names), one row per impact-map row with its
 * inputs as values and its impact, values per year and present value as formulas ({@link WorkbookFormulas}), then a
 * total line. Rows are written in order, so a streaming workbook can flush them as it goes.
 */
final class MapSheetWriter {

    private static final String[] STAGES = {
        "sroi.xlsx.stage1", "sroi.xlsx.stage2", "sroi.xlsx.stage3", "sroi.xlsx.stage4"
    };

    private final Sheet sheet;
    private final WorkbookStyles styles;
    private final Contents contents;
    private final SroiResult result;
    private final int years;
    private final int firstYear = Column.values().length;

    private final WorkbookWords words;

    MapSheetWriter(Sheet sheet, WorkbookStyles styles, Contents contents, SroiResult result, WorkbookWords words) {
        this.words = words;
        this.sheet = sheet;
        this.styles = styles;
        this.contents = contents;
        this.result = result;
        this.years = result.valuesPerYear().size();
    }

    /** Writes the sheet; returns the 1-based row number of its total line. */
    int write(int inputRows) {
        headings();
        var inputs = inputsByStakeholder();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < contents.rows().size(); i++) {
            var line = contents.rows().get(i);
            Row row = sheet.createRow(i + 2);
            values(row, line);
            if (seen.add(line.stakeholder()) && inputs.containsKey(line.stakeholder())) {
                inputValue(row, line.stakeholder(), inputs, inputRows);
            }
            formulas(row, result.rows().get(i));
        }
        totals(sheet.createRow(contents.rows().size() + 2));
        layout();
        return contents.rows().size() + 3;
    }

    /** The 0-based column of year {@code year} (1-based). */
    /** How many years of values the sheet has columns for. */
    int years() {
        return years;
    }

    int yearColumn(int year) {
        return firstYear + year - 1;
    }

    int presentValueColumn() {
        return firstYear + years;
    }

    private void headings() {
        Row stages = sheet.createRow(0);
        Row headings = sheet.createRow(1);
        var columns = Column.values();
        for (int c = 0; c < columns.length; c++) {
            text(headings, c, columns[c].heading(words), styles.heading);
        }
        for (int y = 1; y <= years; y++) {
            text(headings, yearColumn(y), words.get("sroi.xlsx.year", y), styles.heading);
        }
        text(headings, presentValueColumn(), words.get("sroi.xlsx.presentValue"), styles.heading);
        int start = 0;
        for (int stage = 1; stage <= STAGES.length; stage++) {
            int last = start;
            while (last + 1 < columns.length && columns[last + 1].stage == stage) {
                last++;
            }
            text(stages, start, words.get(STAGES[stage - 1]), styles.heading);
            if (last > start) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, start, last));
            }
            start = last + 1;
        }
        text(stages, firstYear, words.get("sroi.xlsx.stage5"), styles.heading);
        if (years > 0) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, firstYear, presentValueColumn()));
        }
    }

    private void values(Row row, MapLine line) {
        text(row, Column.STAKEHOLDER.ordinal(), line.stakeholder(), null);
        text(row, Column.OUTPUT.ordinal(), line.output(), null);
        text(row, Column.OUTCOME.ordinal(), line.outcome(), null);
        text(row, Column.INDICATOR.ordinal(), line.indicator(), null);
        number(row, Column.QUANTITY.ordinal(), line.quantity(), styles.plain);
        number(row, Column.DURATION.ordinal(), BigDecimal.valueOf(line.durationYears()), styles.plain);
        text(row, Column.PROXY.ordinal(), line.proxyDescription(), null);
        number(row, Column.PROXY_VALUE.ordinal(), line.proxyValue(), styles.money);
        text(row, Column.PROXY_UNIT.ordinal(), line.proxyUnit(), null);
        text(row, Column.PROXY_SOURCE.ordinal(), line.proxySource(), null);
        if (line.baseYear() != null) {
            number(row, Column.BASE_YEAR.ordinal(), BigDecimal.valueOf(line.baseYear()), styles.plain);
        }
        percent(row, Column.DEADWEIGHT.ordinal(), line.deadweight(), styles.percent);
        percent(row, Column.DISPLACEMENT.ordinal(), line.displacement(), styles.percent);
        percent(row, Column.ATTRIBUTION.ordinal(), line.attribution(), styles.percent);
        percent(row, Column.DROP_OFF.ordinal(), line.dropOff(), styles.percent);
    }

    private void formulas(Row row, RowResult computed) {
        int n = row.getRowNum() + 1;
        formula(row, Column.IMPACT.ordinal(), WorkbookFormulas.impact(n), computed.impact(), styles.money);
        for (int y = 1; y <= years; y++) {
            formula(row, yearColumn(y), WorkbookFormulas.valueInYear(n, y), computed.valueInYear(y), styles.money);
        }
        if (years > 0) {
            String pv = WorkbookFormulas.presentValue(n, yearColumn(1), yearColumn(years));
            formula(row, presentValueColumn(), pv, computed.presentValue(), styles.money);
        }
    }

    /** Each stakeholder's inputs, summed from the Inputs sheet on its first row (as practitioners' maps show them). */
    private void inputValue(Row row, String stakeholder, Map<String, Totals> inputs, int inputRows) {
        var total = inputs.get(stakeholder);
        text(row, Column.INPUT.ordinal(), total.descriptions, null);
        String sheet = "'" + words.get("sroi.xlsx.sheet.inputs") + "'!";
        String names = sheet + "$A$2:$A$" + (inputRows + 1);
        String key = WorkbookFormulas.cell(Column.STAKEHOLDER, row.getRowNum() + 1);
        String sum = "SUMIF(" + names + "," + key + "," + sheet + "$C$2:$C$" + (inputRows + 1) + ")+SUMIF(" + names
                + "," + key + "," + sheet + "$D$2:$D$" + (inputRows + 1) + ")";
        formula(row, Column.INPUT_VALUE.ordinal(), sum, total.amount, styles.money);
    }

    private void totals(Row totals) {
        text(totals, 0, words.get("sroi.total"), styles.heading);
        int rows = contents.rows().size();
        total(totals, Column.IMPACT.ordinal(), rows, result.firstYearImpact());
        for (int y = 1; y <= years; y++) {
            total(totals, yearColumn(y), rows, result.valuesPerYear().get(y - 1));
        }
        if (years > 0) {
            total(totals, presentValueColumn(), rows, result.presentValue());
        }
    }

    private void total(Row totals, int column, int rows, BigDecimal cached) {
        if (rows == 0) {
            number(totals, column, BigDecimal.ZERO, styles.moneyBold);
        } else {
            formula(totals, column, WorkbookFormulas.total(column, rows), cached, styles.moneyBold);
        }
    }

    private void layout() {
        sheet.createFreezePane(1, 2);
        for (int c = 0; c <= presentValueColumn(); c++) {
            sheet.setColumnWidth(c, c == 0 || c == Column.OUTCOME.ordinal() ? 28 * 256 : 16 * 256);
        }
    }

    private Map<String, Totals> inputsByStakeholder() {
        Map<String, Totals> totals = new LinkedHashMap<>();
        for (var input : contents.inputs()) {
            totals.merge(
                    input.stakeholder(),
                    new Totals(input.description(), input.total()),
                    (a, b) -> new Totals(
                            a.descriptions.isBlank() ? b.descriptions : a.descriptions + "; " + b.descriptions,
                            a.amount.add(b.amount)));
        }
        return totals;
    }

    private record Totals(String descriptions, BigDecimal amount) {}
}
