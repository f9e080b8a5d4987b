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
        Map<String, Integer> columns = new HashMap<>();
        if (header != null) {
            for (Cell cell : header) {
                columns.putIfAbsent(
                        ImpactMapWorkbook.normalise(new DataFormatter(Locale.UK).formatCellValue(cell)),
                        cell.getColumnIndex());
            }
        }
        var missing = INPUT_COLUMNS.stream()
                .filter(name -> !columns.containsKey(ImpactMapWorkbook.normalise(name)))
                .toList();
        if (!missing.isEmpty()) {
            fileProblems.add(Message.of(
                    "sroi.workbook.inputColumns", String.join(", ", INPUT_COLUMNS), String.join(", ", missing)));
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
            String stakeholder = cells.text(columns.get(ImpactMapWorkbook.normalise(INPUT_COLUMNS.get(0))));
            String description = cells.text(columns.get(ImpactMapWorkbook.normalise(INPUT_COLUMNS.get(1))));
            if (stakeholder.isEmpty()
                    && description.isEmpty()
                    && cells.text(columns.get(ImpactMapWorkbook.normalise(INPUT_COLUMNS.get(2))))
                            .isEmpty()
                    && cells.text(columns.get(ImpactMapWorkbook.normalise(INPUT_COLUMNS.get(3))))
                            .isEmpty()) {
                continue;
            }
            BigDecimal cash = cells.optionalNumber(
                    columns.get(ImpactMapWorkbook.normalise(INPUT_COLUMNS.get(2))), "sroi.cell.cash");
            BigDecimal inKind = cells.optionalNumber(
                    columns.get(ImpactMapWorkbook.normalise(INPUT_COLUMNS.get(3))), "sroi.cell.inKind");
            if (result.size() == SroiRules.INPUTS.max()) {
                fileProblems.add(SroiRules.INPUTS.exceeded());
                return List.of();
            }
            result.add(investment(row.getRowNum() + 1, stakeholder, description, cash, inKind, problems));
        }
        return result;
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
            Row rate = byName.get(ImpactMapWorkbook.normalise("Discount rate %"));
            if (rate != null) {
                var value = new WorkbookCells(rate, problems).percent(1, "sroi.cell.discountRate");
                if (value != null) {
                    settings = settings.withDiscountRate(value);
                }
            }
            Row firstYear = byName.get(ImpactMapWorkbook.normalise("Discount year 1"));
            if (firstYear != null) {
                String value = new WorkbookCells(firstYear, problems).text(1).toLowerCase(Locale.ROOT);
                settings = settings.withDiscountFirstYear(!value.equals("no"));
            }
            Row deductions = byName.get(ImpactMapWorkbook.normalise("Deductions"));
            if (deductions != null) {
                String value = new WorkbookCells(deductions, problems).text(1).toLowerCase(Locale.ROOT);
                settings = settings.withDeductions(
                        value.startsWith("add") ? DeductionMethod.ADDED : DeductionMethod.MULTIPLIED);
            }
            Row dropOff = byName.get(ImpactMapWorkbook.normalise("Drop-off"));
            if (dropOff != null) {
                String value = new WorkbookCells(dropOff, problems).text(1).toLowerCase(Locale.ROOT);
                settings = settings.withDropOff(
                        value.startsWith("straight") ? DropOffMethod.STRAIGHT_LINE : DropOffMethod.COMPOUNDING);
            }
            problems.forEach(p -> fileProblems.add(Message.of("sroi.workbook.settings", p)));
            return problems.isEmpty() ? Optional.of(settings) : Optional.empty();
        } catch (InvalidSroiInputException e) {
            fileProblems.add(Message.of("sroi.workbook.settings", e.reason()));
            return Optional.empty();
        }
    }
}
