package scot.cairn.sroi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import scot.cairn.platform.Message;
import scot.cairn.sroi.ImpactMapWorkbook.Column;
import scot.cairn.sroi.ImpactMapWorkbook.ReadRow;

/**
 * Reads the inputs (from the Inputs sheet, or each stakeholder's "Inputs value" on a map without one) and the
 * settings of an impact-map workbook. Settings are found by their names in the first column; a missing one keeps the
 * SROI Guide's choice.
 */
final class WorkbookInputsReader {

    private static final List<String> INPUT_COLUMNS = ImpactMapWorkbook.INPUT_COLUMNS;

    private WorkbookInputsReader() {}

    static List<ReadRow<Investment>> readInputs(Sheet sheet, List<Message> fileProblems) {
        Row header = sheet.getRow(sheet.getFirstRowNum());
        Map<String, Integer> headings = new HashMap<>();
        if (header != null) {
            for (Cell cell : header) {
                headings.putIfAbsent(
                        ImpactMapWorkbook.normalise(new DataFormatter(Locale.UK).formatCellValue(cell)),
                        cell.getColumnIndex());
            }
        }
        var columns = INPUT_COLUMNS.stream().map(key -> index(headings, key)).toList();
        var missing = new ArrayList<Message>();
        for (int c = 0; c < INPUT_COLUMNS.size(); c++) {
            if (columns.get(c) == null) {
                missing.add(Message.of(INPUT_COLUMNS.get(c)));
            }
        }
        if (!missing.isEmpty()) {
            fileProblems.add(Message.of(
                    "sroi.workbook.inputColumns",
                    WorkbookReader.list(INPUT_COLUMNS.stream().map(Message::of).toList()),
                    WorkbookReader.list(missing)));
            return List.of();
        }
        var result = new ArrayList<ReadRow<Investment>>();
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            var problems = new ArrayList<Message>();
            var cells = new WorkbookCells(row, problems);
            String stakeholder = cells.text(columns.get(0));
            String description = cells.text(columns.get(1));
            if (stakeholder.isEmpty()
                    && description.isEmpty()
                    && cells.text(columns.get(2)).isEmpty()
                    && cells.text(columns.get(3)).isEmpty()) {
                continue;
            }
            BigDecimal cash = cells.optionalNumber(columns.get(2), "sroi.cell.cash");
            BigDecimal inKind = cells.optionalNumber(columns.get(3), "sroi.cell.inKind");
            if (result.size() == SroiRules.INPUTS.max()) {
                fileProblems.add(SroiRules.INPUTS.exceeded());
                return List.of();
            }
            result.add(investment(row.getRowNum() + 1, stakeholder, description, cash, inKind, problems));
        }
        return result;
    }

    /** The column whose heading is the words of {@code key} in one of Cairn's languages, or null. */
    private static Integer index(Map<String, Integer> headings, String key) {
        return WorkbookWords.inEveryLanguage(key).stream()
                .map(ImpactMapWorkbook::normalise)
                .filter(headings::containsKey)
                .map(headings::get)
                .findFirst()
                .orElse(null);
    }

    /** A map without an Inputs sheet: each stakeholder's "Inputs value" counts as cash. */
    static List<ReadRow<Investment>> inputsFromMap(Sheet sheet, List<Message> fileProblems) {
        Map<Column, Integer> columns = null;
        int headerRow = -1;
        for (Row row : sheet) {
            var found = WorkbookReader.headerColumns(row);
            if (found.containsKey(Column.STAKEHOLDER) && found.containsKey(Column.OUTCOME)) {
                columns = found;
                headerRow = row.getRowNum();
                break;
            }
        }
        if (columns == null || !columns.containsKey(Column.INPUT_VALUE)) {
            return List.of();
        }
        var result = new ArrayList<ReadRow<Investment>>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            var problems = new ArrayList<Message>();
            var cells = new WorkbookCells(row, problems);
            BigDecimal value = cells.optionalNumber(columns.get(Column.INPUT_VALUE), "sroi.cell.inputValue");
            if (value == null && problems.isEmpty()) {
                continue;
            }
            String stakeholder = cells.text(columns.get(Column.STAKEHOLDER));
            String description = cells.text(columns.get(Column.INPUT));
            if (result.size() == SroiRules.INPUTS.max()) {
                fileProblems.add(SroiRules.INPUTS.exceeded());
                return List.of();
            }
            result.add(investment(row.getRowNum() + 1, stakeholder, description, value, BigDecimal.ZERO, problems));
        }
        return result;
    }

    private static ReadRow<Investment> investment(
            int rowNumber,
            String stakeholder,
            String description,
            BigDecimal cash,
            BigDecimal inKind,
            List<Message> problems) {
        if (!problems.isEmpty()) {
            return new ReadRow<>(rowNumber, Optional.empty(), problems);
        }
        try {
            var input = new Investment(
                    stakeholder,
                    description,
                    cash == null ? BigDecimal.ZERO : cash,
                    inKind == null ? BigDecimal.ZERO : inKind);
            return new ReadRow<>(rowNumber, Optional.of(input), List.of());
        } catch (InvalidSroiInputException e) {
            return new ReadRow<>(rowNumber, Optional.empty(), List.of(e.reason()));
        }
    }

    static Optional<Settings> readSettings(Sheet sheet, List<Message> fileProblems) {
        var formatter = new DataFormatter(Locale.UK);
        Map<String, Row> byName = new HashMap<>();
        for (Row row : sheet) {
            Cell name = row.getCell(0);
            if (name != null) {
                byName.put(ImpactMapWorkbook.normalise(formatter.formatCellValue(name)), row);
            }
        }
        var problems = new ArrayList<Message>();
        try {
            var settings = Settings.guide();
            Row rate = setting(byName, "sroi.xlsx.settings.rate");
            if (rate != null) {
                var value = new WorkbookCells(rate, problems).percent(1, "sroi.cell.discountRate");
                if (value != null) {
                    settings = settings.withDiscountRate(value);
                }
            }
            Row firstYear = setting(byName, "sroi.xlsx.settings.firstYear");
            if (firstYear != null) {
                String value = new WorkbookCells(firstYear, problems).text(1);
                settings = settings.withDiscountFirstYear(!ImpactMapWorkbook.means(value, "sroi.xlsx.no"));
            }
            Row deductions = setting(byName, "sroi.xlsx.settings.deductions");
            if (deductions != null) {
                String value = new WorkbookCells(deductions, problems).text(1);
                boolean added = value.toLowerCase(Locale.ROOT).startsWith("add")
                        || ImpactMapWorkbook.means(value, "sroi.deductionMethod.ADDED");
                settings = settings.withDeductions(added ? DeductionMethod.ADDED : DeductionMethod.MULTIPLIED);
            }
            Row dropOff = setting(byName, "sroi.xlsx.settings.dropOff");
            if (dropOff != null) {
                String value = new WorkbookCells(dropOff, problems).text(1);
                boolean straight = value.toLowerCase(Locale.ROOT).startsWith("straight")
                        || ImpactMapWorkbook.means(value, "sroi.dropOffMethod.STRAIGHT_LINE");
                settings = settings.withDropOff(straight ? DropOffMethod.STRAIGHT_LINE : DropOffMethod.COMPOUNDING);
            }
            problems.forEach(p -> fileProblems.add(Message.of("sroi.workbook.settings", p)));
            return problems.isEmpty() ? Optional.of(settings) : Optional.empty();
        } catch (InvalidSroiInputException e) {
            fileProblems.add(Message.of("sroi.workbook.settings", e.reason()));
            return Optional.empty();
        }
    }

    /** The row of the setting named by {@code key} in one of Cairn's languages, or null. */
    private static Row setting(Map<String, Row> byName, String key) {
        return WorkbookWords.inEveryLanguage(key).stream()
                .map(ImpactMapWorkbook::normalise)
                .filter(byName::containsKey)
                .map(byName::get)
                .findFirst()
                .orElse(null);
    }
}
