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

    private static final int ROWS_IN_MEMORY = 100;

    private WorkbookWriter() {}

    static byte[] write(Contents contents, SroiResult result, WorkbookWords words) {
        // Shared strings, as Excel writes them: tools that edit inline strings (POI among them) may not update them.
        var workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, true);
        try (var out = new ByteArrayOutputStream()) {
            var styles = new WorkbookStyles(workbook);
            var map = new MapSheetWriter(
                    workbook.createSheet(words.get("sroi.xlsx.sheet.map")), styles, contents, result, words);
            int inputRows = Math.max(contents.inputs().size(), 1);
            int totalRow = map.write(inputRows);
            inputsSheet(workbook.createSheet(words.get("sroi.xlsx.sheet.inputs")), styles, contents.inputs(), words);
            settingsSheet(workbook, styles, contents.settings(), words);
            var totals = new SummaryCells(map, totalRow, inputRows, words);
            summarySheet(
                    workbook.createSheet(words.get("sroi.xlsx.sheet.summary")),
                    styles,
                    contents,
                    result,
                    totals,
                    words);
            workbook.setForceFormulaRecalculation(true);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        } finally {
            workbook.dispose();
        }
    }

    private static void inputsSheet(Sheet sheet, WorkbookStyles styles, List<Investment> inputs, WorkbookWords words) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < ImpactMapWorkbook.INPUT_COLUMNS.size(); c++) {
            text(header, c, words.get(ImpactMapWorkbook.INPUT_COLUMNS.get(c)), styles.heading);
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

    /**
     * The settings, each with a drop-down of its choices in the workbook's language. The choices sit in hidden columns
     * D and E, named so that the formulas compare a setting with the word for it whatever the language.
     */
    private static void settingsSheet(
            Workbook workbook, WorkbookStyles styles, Settings settings, WorkbookWords words) {
        String name = words.get("sroi.xlsx.sheet.settings");
        Sheet sheet = workbook.createSheet(name);
        Row header = sheet.createRow(0);
        text(header, 0, words.get("sroi.xlsx.settings.setting"), styles.heading);
        text(header, 1, words.get("sroi.xlsx.settings.value"), styles.heading);
        Row rate = sheet.createRow(1);
        text(rate, 0, words.get("sroi.xlsx.settings.rate"), null);
        percent(rate, 1, settings.discountRate(), styles.percent);
        String yes = words.get("sroi.xlsx.yes");
        String no = words.get("sroi.xlsx.no");
        choice(sheet, 2, words.get("sroi.xlsx.settings.firstYear"), settings.discountFirstYear() ? yes : no, yes, no);
        String multiplied = words.get(DeductionMethod.MULTIPLIED.labelKey());
        String added = words.get(DeductionMethod.ADDED.labelKey());
        choice(
                sheet,
                3,
                words.get("sroi.xlsx.settings.deductions"),
                settings.deductions() == DeductionMethod.ADDED ? added : multiplied,
                multiplied,
                added);
        String compounding = words.get(DropOffMethod.COMPOUNDING.labelKey());
        String straight = words.get(DropOffMethod.STRAIGHT_LINE.labelKey());
        choice(
                sheet,
                4,
                words.get("sroi.xlsx.settings.dropOff"),
                settings.dropOff() == DropOffMethod.STRAIGHT_LINE ? straight : compounding,
                compounding,
                straight);
        text(sheet.createRow(6), 0, words.get("sroi.xlsx.settings.help"), styles.wrapped);
        name(workbook, name, WorkbookFormulas.RATE, "$B$2");
        name(workbook, name, WorkbookFormulas.FIRST_YEAR, "$B$3");
        name(workbook, name, WorkbookFormulas.DEDUCTIONS, "$B$4");
        name(workbook, name, WorkbookFormulas.DROP_OFF, "$B$5");
        name(workbook, name, WorkbookFormulas.FIRST_YEAR_NO, "$E$3");
        name(workbook, name, WorkbookFormulas.DEDUCTIONS_ADDED, "$E$4");
        name(workbook, name, WorkbookFormulas.DROP_OFF_STRAIGHT, "$E$5");
        sheet.setColumnHidden(3, true);
        sheet.setColumnHidden(4, true);
        var validation = sheet.getDataValidationHelper();
        var rateRule = validation.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "1");
        sheet.addValidationData(validation.createValidation(rateRule, new CellRangeAddressList(1, 1, 1, 1)));
        sheet.setColumnWidth(0, 60 * 256);
        sheet.setColumnWidth(1, 16 * 256);
    }

    private static void choice(Sheet sheet, int r, String label, String value, String first, String second) {
        Row row = sheet.createRow(r);
        text(row, 0, label, null);
        text(row, 1, value, null);
        text(row, 3, first, null);
        text(row, 4, second, null);
        var validation = sheet.getDataValidationHelper();
        var rule = validation.createValidation(
                validation.createFormulaListConstraint("$D$" + (r + 1) + ":$E$" + (r + 1)),
                new CellRangeAddressList(r, r, 1, 1));
        rule.setShowErrorBox(true);
        sheet.addValidationData(rule);
    }

    private static void name(Workbook workbook, String sheet, String name, String cell) {
        var defined = workbook.createName();
        defined.setNameName(name);
        defined.setRefersToFormula("'" + sheet + "'!" + cell);
    }

    private static void summarySheet(
            Sheet sheet,
            WorkbookStyles styles,
            Contents contents,
            SroiResult result,
            SummaryCells cells,
            WorkbookWords words) {
        String notApplicable = words.get("sroi.xlsx.notApplicable");
        int r = 0;
        text(sheet.createRow(r++), 0, contents.title(), styles.heading);
        if (contents.description() != null && !contents.description().isBlank()) {
            text(sheet.createRow(r++), 0, contents.description(), null);
        }
        r++;
        String pv = "B" + (r + 1);
        String investment = "B" + (r + 2);
        line(
                sheet,
                r++,
                words.get("sroi.xlsx.summary.presentValue"),
                cells.presentValue(),
                result.presentValue(),
                styles.money);
        line(
                sheet,
                r++,
                words.get("sroi.xlsx.summary.investment"),
                cells.investment(),
                result.investment(),
                styles.money);
        line(
                sheet,
                r++,
                words.get("sroi.xlsx.summary.netPresentValue"),
                pv + "-" + investment,
                result.netPresentValue(),
                styles.money);
        String noInvestment = investment + "=0";
        var ratio = new Ratio(styles, notApplicable);
        ratio.write(
                sheet, r++, words.get("sroi.xlsx.summary.ratio"), noInvestment, pv + "/" + investment, result.ratio());
        ratio.write(
                sheet,
                r++,
                words.get("sroi.xlsx.summary.netRatio"),
                noInvestment,
                "(" + pv + "-" + investment + ")/" + investment,
                result.netRatio());
        ratio.write(
                sheet,
                r++,
                words.get("sroi.xlsx.summary.payback"),
                "OR(" + investment + "=0," + cells.firstYear() + "=0," + cells.allYears() + "<" + investment + ")",
                investment + "*12/" + cells.firstYear(),
                result.paybackMonths());
        String noInvestmentWords = words.get("sroi.result.noInvestment");
        String noFirstYearWords = words.get("sroi.result.noFirstYearValue");
        String notPaidBackWords = words.get("sroi.result.notPaidBack");
        String message = "IF(" + investment + "=0," + quoted(noInvestmentWords) + ",IF(" + cells.firstYear() + "=0,"
                + quoted(noFirstYearWords) + ",IF(" + cells.allYears() + "<" + investment + ","
                + quoted(notPaidBackWords)
                + ",\"\")))";
        String cached = result.message()
                .map(m -> m.equals(SroiResult.NO_INVESTMENT)
                        ? noInvestmentWords
                        : m.equals(SroiResult.NO_FIRST_YEAR_VALUE) ? noFirstYearWords : notPaidBackWords)
                .orElse("");
        formula(sheet.createRow(r + 1), 0, message, cached, null);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 18 * 256);
    }

    private static void line(Sheet sheet, int r, String label, String formula, BigDecimal cached, CellStyle style) {
        Row row = sheet.createRow(r);
        text(row, 0, label, null);
        formula(row, 1, formula, cached, style);
    }

    /** Words as an Excel string literal. */
    private static String quoted(String words) {
        return "\"" + words.replace("\"", "\"\"") + "\"";
    }

    /** A ratio that has no value when {@code missing} holds (an investment of 0, say): then it reads "Not applicable". */
    private record Ratio(WorkbookStyles styles, String notApplicable) {

        void write(Sheet sheet, int r, String label, String missing, String value, Optional<BigDecimal> cached) {
            Row row = sheet.createRow(r);
            text(row, 0, label, null);
            String formula = "IF(" + missing + "," + quoted(notApplicable) + "," + value + ")";
            if (cached.isPresent()) {
                formula(row, 1, formula, cached.get(), styles.ratio);
            } else {
                formula(row, 1, formula, notApplicable, styles.ratio);
            }
        }
    }

    /** Where the Summary finds the map's totals and the inputs. */
    private record SummaryCells(MapSheetWriter map, int totalRow, int inputRows, WorkbookWords words) {

        private String mapSheet() {
            return "'" + words.get("sroi.xlsx.sheet.map") + "'!";
        }

        String presentValue() {
            return mapSheet() + WorkbookFormulas.cell(map.presentValueColumn(), totalRow);
        }

        String firstYear() {
            return mapSheet() + WorkbookFormulas.cell(map.yearColumn(1), totalRow);
        }

        /** The value of every year added up, undiscounted: what the investment can be paid back from. */
        String allYears() {
            return "SUM(" + mapSheet() + WorkbookFormulas.cell(map.yearColumn(1), totalRow) + ":"
                    + WorkbookFormulas.cell(map.yearColumn(Math.max(1, map.years())), totalRow) + ")";
        }

        String investment() {
            return "SUM('" + words.get("sroi.xlsx.sheet.inputs") + "'!$C$2:$D$" + (inputRows + 1) + ")";
        }
    }
}
