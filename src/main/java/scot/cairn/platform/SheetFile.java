package scot.cairn.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The layout of a file people upload to import rows: CSV text or the first sheet of an XLSX workbook, with a header
 * row naming the {@code columns} in any order and case, of which the first {@code required} must be present. Blank
 * rows are skipped; reading stops at the first row over {@code rows} and at a hidden NUL character, which could not be
 * kept. Refusals are field errors on {@code file}, worded by the keys {@code prefix} (which ends with a dot) followed
 * by notCsv, notXlsx, headerNeeded, tooManyRows (the limit's words as argument 0) and line (line, problem).
 * Each row read is a map from column name (lower case) to its cell, without the columns the file lacks.
 */
public record SheetFile(List<String> columns, int required, Limit rows, String prefix) {

    /** Reads the file: XLSX when its name ends .xlsx, otherwise CSV as UTF-8. */
    public List<Map<String, String>> read(String fileName, byte[] content) {
        boolean excel = fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        return excel ? xlsx(new ByteArrayInputStream(content)) : csv(new String(content, StandardCharsets.UTF_8));
    }

    public List<Map<String, String>> csv(String text) {
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
            var read = new ArrayList<Map<String, String>>();
            for (var record : parser) {
                var cells = new ArrayList<String>();
                record.forEach(cells::add);
                add(read, header, cells);
            }
            return read;
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            throw InvalidInputException.of("file", prefix + "notCsv");
        }
    }

    public List<Map<String, String>> xlsx(InputStream in) {
        try (var workbook = WorkbookFactory.create(in)) {
            var sheet = workbook.getSheetAt(0);
            var formatter = new DataFormatter(Locale.UK);
            List<String> header = null;
            var read = new ArrayList<Map<String, String>>();
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
                    add(read, header, cells);
                }
            }
            if (header == null) {
                throw InvalidInputException.of("file", prefix + "headerNeeded");
            }
            return read;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException refusal) {
                throw refusal;
            }
            throw InvalidInputException.of("file", prefix + "notXlsx");
        }
    }

    /** The rows as CSV text with every column in order, which {@link #csv} reads back unchanged. */
    public String toCsv(List<Map<String, String>> read) {
        var out = new StringBuilder();
        try (var printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(columns);
            for (var r : read) {
                printer.printRecord(columns.stream().map(r::get).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private void add(List<Map<String, String>> read, List<String> header, List<String> cells) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (read.size() == rows.max()) {
            throw InvalidInputException.of("file", prefix + "tooManyRows", rows.exceeded());
        }
        var byName = new HashMap<String, String>();
        for (int i = 0; i < header.size() && i < cells.size(); i++) {
            byName.putIfAbsent(header.get(i), cells.get(i));
            if (HiddenCharacters.hasNul(cells.get(i))) {
                throw InvalidInputException.of(
                        "file", Message.of(prefix + "line", read.size() + 2, HiddenCharacters.refusal(header.get(i))));
            }
        }
        read.add(byName);
    }

    private static List<String> lower(List<String> names) {
        return names.stream()
                .map(n -> n == null ? "" : n.strip().toLowerCase(Locale.ROOT))
                .toList();
    }

    private void requireColumns(List<String> header) {
        if (!header.containsAll(columns.subList(0, required))) {
            throw InvalidInputException.of("file", prefix + "headerNeeded");
        }
    }
}
