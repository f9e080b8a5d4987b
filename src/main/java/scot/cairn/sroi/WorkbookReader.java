package scot.cairn.sroi;

import java.io.IOException;
import java.io.InputStream;
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
import org.apache.poi.ss.usermodel.WorkbookFactory;
import scot.cairn.platform.Message;
import scot.cairn.sroi.ImpactMapWorkbook.Column;
import scot.cairn.sroi.ImpactMapWorkbook.MapLine;
import scot.cairn.sroi.ImpactMapWorkbook.ReadResult;
import scot.cairn.sroi.ImpactMapWorkbook.ReadRow;

/**
 * Reads an impact-map workbook back: Cairn's own export, or a practitioner's map whose header row names the columns.
 * Only what a person enters is read (stakeholders, outcomes, quantities, proxies, assumptions, inputs and settings);
 * impact, values per year, present values and totals are Cairn's to calculate, so a file whose formulas were changed
 * or never calculated reads the same.
 */
final class WorkbookReader {

    private static final int MAX_ROWS = ImpactMapWorkbook.MAX_ROWS;

    private WorkbookReader() {}

    /** Reads a workbook; never throws for a bad file, it reports the problem instead. */
    static ReadResult read(InputStream in) {
        try (var workbook = WorkbookFactory.create(in)) {
            Sheet map = ImpactMapWorkbook.sheet(workbook, "sroi.xlsx.sheet.map");
            if (map == null) {
                map = workbook.getSheetAt(0);
            }
            var fileProblems = new ArrayList<Message>();
            var rows = readMap(map, fileProblems);
            if (!fileProblems.isEmpty()) {
                return new ReadResult(fileProblems, List.of(), List.of(), Optional.empty());
            }
            Sheet inputsSheet = ImpactMapWorkbook.sheet(workbook, "sroi.xlsx.sheet.inputs");
            List<ReadRow<Investment>> inputs = inputsSheet == null
                    ? WorkbookInputsReader.inputsFromMap(map, fileProblems)
                    : WorkbookInputsReader.readInputs(inputsSheet, fileProblems);
            Optional<Settings> settings = Optional.empty();
            Sheet settingsSheet = ImpactMapWorkbook.sheet(workbook, "sroi.xlsx.sheet.settings");
            if (settingsSheet != null) {
                settings = WorkbookInputsReader.readSettings(settingsSheet, fileProblems);
            }
            return new ReadResult(fileProblems, inputs, rows, settings);
        } catch (IOException | RuntimeException e) {
            return ReadResult.refused(Message.of("sroi.workbook.unreadable"));
        }
    }

    private static List<ReadRow<MapLine>> readMap(Sheet sheet, List<Message> fileProblems) {
        Map<Column, Integer> columns = null;
        int headerRow = -1;
        for (Row row : sheet) {
            var found = headerColumns(row);
            if (found.containsKey(Column.STAKEHOLDER) && found.containsKey(Column.OUTCOME)) {
                columns = found;
                headerRow = row.getRowNum();
                break;
            }
            if (row.getRowNum() > 10) {
                break;
            }
        }
        if (columns == null) {
            fileProblems.add(Message.of("sroi.workbook.noHeader", requiredHeadings()));
            return List.of();
        }
        final Map<Column, Integer> header = columns;
        var missing = java.util.Arrays.stream(Column.values())
                .filter(c -> c.required && !header.containsKey(c))
                .map(c -> Message.of(c.key))
                .toList();
        if (!missing.isEmpty()) {
            fileProblems.add(Message.of("sroi.workbook.missingColumns", missing.size(), list(missing)));
            return List.of();
        }
        var result = new ArrayList<ReadRow<MapLine>>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row, columns)) {
                continue;
            }
            String stakeholder = textAt(row, columns.get(Column.STAKEHOLDER));
            if (ImpactMapWorkbook.means(stakeholder, "sroi.total")
                    && textAt(row, columns.get(Column.OUTCOME)).isEmpty()) {
                continue;
            }
            if (result.size() == MAX_ROWS) {
                fileProblems.add(SroiRules.ROWS.exceeded());
                return List.of();
            }
            result.add(mapRow(row, columns));
        }
        if (result.isEmpty()) {
            fileProblems.add(Message.of("sroi.workbook.noRows"));
        }
        return result;
    }

    private static Message requiredHeadings() {
        return list(java.util.Arrays.stream(Column.values())
                .filter(c -> c.required)
                .map(c -> Message.of(c.key))
                .toList());
    }

    /** Headings as a list in the reader's language: "Indicator, Quantity, Duration (years)". */
    static Message list(List<Message> headings) {
        var list = headings.get(0);
        for (var heading : headings.subList(1, headings.size())) {
            list = Message.of("sroi.workbook.comma", list, heading);
        }
        return list;
    }

    private static ReadRow<MapLine> mapRow(Row row, Map<Column, Integer> columns) {
        var problems = new ArrayList<Message>();
        var cells = new WorkbookCells(row, problems);
        String stakeholder = cells.text(columns.get(Column.STAKEHOLDER));
        String output = cells.text(columns.get(Column.OUTPUT));
        String outcome = cells.text(columns.get(Column.OUTCOME));
        String indicator = cells.text(columns.get(Column.INDICATOR));
        BigDecimal quantity = cells.number(columns.get(Column.QUANTITY), "sroi.cell.quantity");
        BigDecimal duration = cells.number(columns.get(Column.DURATION), "sroi.cell.duration");
        String proxy = cells.text(columns.get(Column.PROXY));
        BigDecimal proxyValue = cells.number(columns.get(Column.PROXY_VALUE), "sroi.cell.proxyValue");
        String unit = cells.text(columns.get(Column.PROXY_UNIT));
        String source = cells.text(columns.get(Column.PROXY_SOURCE));
        BigDecimal baseYear = cells.optionalNumber(columns.get(Column.BASE_YEAR), "sroi.cell.baseYear");
        BigDecimal deadweight = cells.percent(columns.get(Column.DEADWEIGHT), "sroi.cell.deadweight");
        BigDecimal displacement = cells.percent(columns.get(Column.DISPLACEMENT), "sroi.cell.displacement");
        BigDecimal attribution = cells.percent(columns.get(Column.ATTRIBUTION), "sroi.cell.attribution");
        BigDecimal dropOff = cells.percent(columns.get(Column.DROP_OFF), "sroi.cell.dropOff");
        Integer years = null;
        if (duration != null) {
            if (duration.stripTrailingZeros().scale() > 0) {
                problems.add(Message.of("sroi.workbook.durationWhole"));
            } else {
                years = duration.intValue();
            }
        }
        Integer base = null;
        if (baseYear != null) {
            if (baseYear.stripTrailingZeros().scale() > 0 || baseYear.intValue() < 1900 || baseYear.intValue() > 2200) {
                problems.add(Message.of("sroi.workbook.baseYear"));
            } else {
                base = baseYear.intValue();
            }
        }
        if (!problems.isEmpty()) {
            return new ReadRow<>(row.getRowNum() + 1, Optional.empty(), problems);
        }
        var line = new MapLine(
                stakeholder,
                output,
                outcome,
                indicator,
                quantity,
                years,
                proxy,
                proxyValue,
                unit,
                source,
                base,
                deadweight,
                displacement,
                attribution,
                dropOff);
        try {
            line.toImpactRow();
        } catch (InvalidSroiInputException e) {
            problems.add(e.reason());
            return new ReadRow<>(row.getRowNum() + 1, Optional.empty(), problems);
        }
        return new ReadRow<>(row.getRowNum() + 1, Optional.of(line), List.of());
    }

    static Map<Column, Integer> headerColumns(Row row) {
        var formatter = new DataFormatter(Locale.UK);
        Map<String, Column> known = new HashMap<>();
        for (var column : Column.values()) {
            WorkbookWords.inEveryLanguage(column.key)
                    .forEach(heading -> known.put(ImpactMapWorkbook.normalise(heading), column));
        }
        Map<Column, Integer> found = new java.util.EnumMap<>(Column.class);
        for (Cell cell : row) {
            var column = known.get(ImpactMapWorkbook.normalise(formatter.formatCellValue(cell)));
            if (column != null) {
                found.putIfAbsent(column, cell.getColumnIndex());
            }
        }
        return found;
    }

    private static boolean blank(Row row, Map<Column, Integer> columns) {
        for (var index : columns.values()) {
            if (!textAt(row, index).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    static String textAt(Row row, Integer index) {
        if (index == null) {
            return "";
        }
        Cell cell = row.getCell(index);
        return cell == null
                ? ""
                : new DataFormatter(Locale.UK).formatCellValue(cell).strip();
    }
}
