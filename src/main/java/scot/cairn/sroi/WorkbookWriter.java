package scot.cairn.sroi;

import static scot.cairn.sroi.WorkbookStyles.formula;
import static scot.cairn.sroi.WorkbookStyles.number;
import static scot.cairn.sroi.WorkbookStyles.percent;
import static scot.cairn.sroi.WorkbookStyles.text;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import scot.cairn.sroi.ImpactMapWorkbook.Contents;

/**
 * Writes an analysis as a workbook that calculates: the impact map ({@link MapSheetWriter}), the Inputs, the
 * Settings (named cells the formulas read, with drop-down lists for the methods) and a Summary whose totals and ratios
 * are formulas over the other sheets. Every formula carries the engine's value as its cached result.
 *
 * <p>The workbook streams its rows to a compressed temporary file as it goes, so memory does not grow with the size
 * of the map.
 */
final class WorkbookWriter {

    static final String NOT_APPLICABLE = "Not applicable";
    private static final int ROWS_IN_MEMORY = 100;

    private WorkbookWriter() {}

    static byte[] write(Contents contents, SroiResult result) {
        // Shared strings, as Excel writes them: tools that edit inline strings (POI among them) may not update them.
        var workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, true);
        try (var out = new ByteArrayOutputStream()) {
            var styles = new WorkbookStyles(workbook);
            var map = new MapSheetWriter(workbook.createSheet(ImpactMapWorkbook.MAP_SHEET), styles, contents, result);
            int inputRows = Math.max(contents.inputs().size(), 1);
            int totalRow = map.write(inputRows);
            inputsSheet(workbook.createSheet(ImpactMapWorkbook.INPUTS_SHEET), styles, contents.inputs());
            settingsSheet(workbook, styles, contents.settings());
            var totals = new SummaryCells(map, totalRow, inputRows);
            summarySheet(workbook.createSheet(ImpactMapWorkbook.SUMMARY_SHEET), styles, contents, result, totals);
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        } finally {
            workbook.dispose();
        }
    }

    private static void inputsSheet(Sheet sheet, WorkbookStyles styles, List<Investment> inputs) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < ImpactMapWorkbook.INPUT_COLUMNS.size(); c++) {
            text(header, c, ImpactMapWorkbook.INPUT_COLUMNS.get(c), styles.heading);
        }
        for (int i = 0; i < inputs.size(); i++) {
            var input = inputs.get(i);
            Row row = sheet.createRow(i + 1);
            text(row, 0, input.stakeholder(), null);
            text(row, 1, input.description(), null);
            number(row, 2, input.cash(), styles.money);
            number(row, 3, input.inKind(), styles.money);
        }
        sheet.setColumnWidth(0, 28 * 256);
        sheet.setColumnWidth(1, 40 * 256);
        sheet.setColumnWidth(2, 16 * 256);
        sheet.setColumnWidth(3, 16 * 256);
    }

    private static void settingsSheet(Workbook workbook, WorkbookStyles styles, Settings settings) {
        Sheet sheet = workbook.createSheet(ImpactMapWorkbook.SETTINGS_SHEET);
        Row header = sheet.createRow(0);
        text(header, 0, "Setting", styles.heading);
        text(header, 1, "Value", styles.heading);
        Row rate = sheet.createRow(1);
        text(rate, 0, "Discount rate %", null);
        percent(rate, 1, settings.discountRate(), styles.percent);
        choice(sheet, 2, "Discount year 1", settings.discountFirstYear() ? "Yes" : "No", "Yes", "No");
        choice(
                sheet,
                3,
                "Deductions",
                settings.deductions() == DeductionMethod.ADDED ? "Added" : "Multiplied",
                "Multiplied",
                "Added");
        choice(
                sheet,
                4,
                "Drop-off",
                settings.dropOff() == DropOffMethod.STRAIGHT_LINE ? "Straight-line" : "Compounding",
                "Compounding",
                "Straight-line");
        text(
                sheet.createRow(6),
                0,
                "Change a setting, an assumption or a quantity and Excel works the impact map and"
                        + " the ratio out again. Cairn imports the settings, inputs and assumptions, and calculates the rest"
                        + " itself.",
                styles.wrapped);
        name(workbook, WorkbookFormulas.RATE, "$B$2");
        name(workbook, WorkbookFormulas.FIRST_YEAR, "$B$3");
        name(workbook, WorkbookFormulas.DEDUCTIONS, "$B$4");
        name(workbook, WorkbookFormulas.DROP_OFF, "$B$5");
        var validation = sheet.getDataValidationHelper();
        var rateRule = validation.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "1");
        sheet.addValidationData(validation.createValidation(rateRule, new CellRangeAddressList(1, 1, 1, 1)));
        sheet.setColumnWidth(0, 60 * 256);
        sheet.setColumnWidth(1, 16 * 256);
    }

    private static void choice(Sheet sheet, int r, String label, String value, String... options) {
        Row row = sheet.createRow(r);
        text(row, 0, label, null);
        text(row, 1, value, null);
        var validation = sheet.getDataValidationHelper();
        var rule = validation.createValidation(
                validation.createExplicitListConstraint(options), new CellRangeAddressList(r, r, 1, 1));
        rule.setShowErrorBox(true);
        sheet.addValidationData(rule);
    }

    private static void name(Workbook workbook, String name, String cell) {
        var defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula("'" + ImpactMapWorkbook.SETTINGS_SHEET + "'!" + cell);
    }

    private static void summarySheet(
            Sheet sheet, WorkbookStyles styles, Contents contents, SroiResult result, SummaryCells cells) {
        int r = 0;
        text(sheet.createRow(r++), 0, contents.title(), styles.heading);
        if (contents.description() != null && !contents.description().isBlank()) {
            text(sheet.createRow(r++), 0, contents.description(), null);
        }
        r++;
        String pv = "B" + (r + 1);
        String investment = "B" + (r + 2);
        line(sheet, r++, "Total present value (£)", cells.presentValue(), result.presentValue(), styles.money);
        line(sheet, r++, "Total investment (£)", cells.investment(), result.investment(), styles.money);
        line(sheet, r++, "Net present value (£)", pv + "-" + investment, result.netPresentValue(), styles.money);
        String noInvestment = investment + "=0";
        ratio(sheet, r++, "SROI ratio (£ per £1)", noInvestment, pv + "/" + investment, result.ratio(), styles);
        ratio(
                sheet,
                r++,
                "Net SROI ratio",
                noInvestment,
                "(" + pv + "-" + investment + ")/" + investment,
                result.netRatio(),
                styles);
        ratio(
                sheet,
                r++,
                "Payback (months)",
                "OR(" + investment + "=0," + cells.firstYear() + "=0," + cells.allYears() + "<" + investment + ")",
                investment + "*12/" + cells.firstYear(),
                result.paybackMonths(),
                styles);
        String message = "IF(" + investment + "=0,\"" + SroiResult.NO_INVESTMENT + "\",IF(" + cells.firstYear()
                + "=0,\"" + SroiResult.NO_FIRST_YEAR_VALUE + "\",IF(" + cells.allYears() + "<" + investment + ",\""
                + SroiResult.NOT_PAID_BACK + "\",\"\")))";
        formula(sheet.createRow(r + 1), 0, message, result.message().orElse(""), null);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 18 * 256);
    }

    private static void line(Sheet sheet, int r, String label, String formula, BigDecimal cached, CellStyle style) {
        Row row = sheet.createRow(r);
        text(row, 0, label, null);
        formula(row, 1, formula, cached, style);
    }

    /** A ratio that has no value when {@code missing} holds (an investment of 0, say): then it reads "Not applicable". */
    private static void ratio(
            Sheet sheet,
            int r,
            String label,
            String missing,
            String value,
            Optional<BigDecimal> cached,
            WorkbookStyles styles) {
        Row row = sheet.createRow(r);
        text(row, 0, label, null);
        String condition = missing;
        String formula = "IF(" + condition + ",\"" + NOT_APPLICABLE + "\"," + value + ")";
        if (cached.isPresent()) {
            formula(row, 1, formula, cached.get(), styles.ratio);
        } else {
            formula(row, 1, formula, NOT_APPLICABLE, styles.ratio);
        }
    }

    /** Where the Summary finds the map's totals and the inputs. */
    private record SummaryCells(MapSheetWriter map, int totalRow, int inputRows) {

        String presentValue() {
            return "'" + ImpactMapWorkbook.MAP_SHEET + "'!" + WorkbookFormulas.cell(map.presentValueColumn(), totalRow);
        }

        String firstYear() {
            return "'" + ImpactMapWorkbook.MAP_SHEET + "'!" + WorkbookFormulas.cell(map.yearColumn(1), totalRow);
        }

        /** The value of every year added up, undiscounted: what the investment can be paid back from. */
        String allYears() {
            return "SUM('" + ImpactMapWorkbook.MAP_SHEET + "'!" + WorkbookFormulas.cell(map.yearColumn(1), totalRow)
                    + ":" + WorkbookFormulas.cell(map.yearColumn(Math.max(1, map.years())), totalRow) + ")";
        }

        String investment() {
            return "SUM(Inputs!$C$2:$D$" + (inputRows + 1) + ")";
        }
    }
}
