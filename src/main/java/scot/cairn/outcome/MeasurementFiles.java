package scot.cairn.outcome;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import scot.cairn.platform.HiddenCharacters;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;

/**
 * Reads measurement files: CSV text or the first sheet of an XLSX workbook, with a header row naming the columns
 * indicator, period and value (required) and breakdown, source and notes (optional), in any order and any case.
 * Blank rows are skipped. Refusals are field errors on {@code file}. Rows are counted as they are read: reading stops at
 * the first row over {@link OutcomeLimits#IMPORT_ROWS}, and at a hidden NUL character, which could not be kept.
 */
final class MeasurementFiles {

    static final List<String> COLUMNS = List.of("indicator", "period", "value", "breakdown", "source", "notes");

    static final Message HEADER_NEEDED = Message.of("outcome.import.headerNeeded");

    private MeasurementFiles() {}

    static List<MeasurementRow> csv(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        var format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
                .get();
        try (var parser = format.parse(new StringReader(body))) {
            var header = lower(parser.getHeaderNames());
            requireColumns(header);
            var rows = new ArrayList<MeasurementRow>();
            for (var record : parser) {
                var cells = new ArrayList<String>();
                record.forEach(cells::add);
                add(rows, header, cells);
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw InvalidInputException.of("file", "outcome.import.notCsv");
        }
    }

    static List<MeasurementRow> xlsx(InputStream in) {
        try (var workbook = WorkbookFactory.create(in)) {
            var sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter(Locale.UK);
            List<String> header = null;
            var rows = new ArrayList<MeasurementRow>();
            for (Row row : sheet) {
                var cells = new ArrayList<String>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    var cell = row.getCell(c);
                    cells.add(
                            cell == null ? "" : formatter.formatCellValue(cell).strip());
                }
                if (header == null) {
                    header = lower(cells);
                    requireColumns(header);
                } else {
                    add(rows, header, cells);
                }
            }
            if (header == null) {
                throw InvalidInputException.of("file", HEADER_NEEDED);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw InvalidInputException.of("file", "outcome.import.notXlsx");
        }
    }

    /** The rows as CSV text with the standard header, which {@link #csv} reads back unchanged. */
    static String toCsv(List<MeasurementRow> rows) {
        var out = new StringBuilder();
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(COLUMNS);
            for (var r : rows) {
                printer.printRecord(r.indicator(), r.period(), r.value(), r.breakdown(), r.source(), r.notes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void add(List<MeasurementRow> rows, List<String> header, List<String> cells) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (rows.size() == OutcomeLimits.IMPORT_ROWS.max()) {
            throw InvalidInputException.of("file", "outcome.import.tooManyRows", OutcomeLimits.IMPORT_ROWS.exceeded());
        }
        Map<String, String> byName = new java.util.HashMap<>();
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
            byName.putIfAbsent(header.get(i), cells.get(i));
            if (HiddenCharacters.hasNul(cells.get(i))) {
                throw InvalidInputException.of(
                        "file",
                        Message.of("outcome.import.line", rows.size() + 2, HiddenCharacters.refusal(header.get(i))));
            }
        }
        rows.add(new MeasurementRow(
                byName.get("indicator"),
                byName.get("period"),
                byName.get("value"),
                byName.get("breakdown"),
                byName.get("source"),
                byName.get("notes")));
    }

    private static List<String> lower(List<String> names) {
        return names.stream()
                .map(n -> n == null ? "" : n.strip().toLowerCase(Locale.ROOT))
                .toList();
    }

    private static void requireColumns(List<String> header) {
        if (!header.containsAll(COLUMNS.subList(0, 3))) {
            throw InvalidInputException.of("file", HEADER_NEEDED);
        }
    }
}
