package scot.cairn.sroi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import scot.cairn.platform.Numbers;

/**
 * An impact map as an Excel workbook, laid out the way SROI practitioners draw one: stage 1 (stakeholders), stage 2
 * (inputs, outputs, outcomes and indicators, quantity, duration, financial proxy), stage 3 and 4 (deadweight,
 * displacement, attribution, drop-off, impact), then the value of each row in each year and its present value. The
 * workbook also holds an "Inputs" sheet (cash and in-kind per stakeholder), the calculation "Settings" and a
 * "Summary" of the result.
 *
 * <p>{@link #read} takes such a workbook back (also one a practitioner has edited or built from their own template,
 * as long as the impact map's header row names the columns) and returns every row with its problems, so the caller
 * can show a preview and save nothing until the file is clean. Impact, values per year and totals in the file are
 * ignored on reading: Cairn calculates them.
 */
public final class ImpactMapWorkbook {

    public static final String MAP_SHEET = "Impact map";
    public static final String INPUTS_SHEET = "Inputs";
    public static final String SETTINGS_SHEET = "Settings";
    public static final String SUMMARY_SHEET = "Summary";
    public static final int MAX_ROWS = SroiRules.ROWS.max();

    /** One impact-map row as the workbook holds it; {@code output} and {@code baseYear} are optional. */
    public record MapLine(
            String stakeholder,
            String output,
            String outcome,
            String indicator,
            BigDecimal quantity,
            int durationYears,
            String proxyDescription,
            BigDecimal proxyValue,
            String proxyUnit,
            String proxySource,
            Integer baseYear,
            BigDecimal deadweight,
            BigDecimal displacement,
            BigDecimal attribution,
            BigDecimal dropOff) {

        /** The row as the calculation engine takes it; throws {@link InvalidSroiInputException} if it breaks a rule. */
        public ImpactRow toImpactRow() {
            return new ImpactRow(
                    stakeholder,
                    outcome,
                    indicator,
                    quantity,
                    durationYears,
                    proxyValue,
                    proxyDescription,
                    proxySource,
                    deadweight,
                    displacement,
                    attribution,
                    dropOff);
        }
    }

    /** What an analysis puts in a workbook. */
    public record Contents(
            String title, String description, Settings settings, List<Investment> inputs, List<MapLine> rows) {

        public Contents {
            inputs = List.copyOf(inputs);
            rows = List.copyOf(rows);
        }
    }

    /** A row of the file (its spreadsheet row number) with its problems; {@code line} is present when it has none. */
    public record ReadRow<T>(int rowNumber, Optional<T> line, List<String> problems) {

        public boolean clean() {
            return problems.isEmpty();
        }
    }

    /** Everything read from a workbook: file-level problems, input rows, map rows and the settings. */
    public record ReadResult(
            List<String> fileProblems,
            List<ReadRow<Investment>> inputs,
            List<ReadRow<MapLine>> rows,
            Optional<Settings> settings) {

        public boolean clean() {
            return fileProblems.isEmpty()
                    && inputs.stream().allMatch(ReadRow::clean)
                    && rows.stream().allMatch(ReadRow::clean);
        }

        public long problemCount() {
            return fileProblems.size()
                    + inputs.stream().mapToLong(r -> r.problems().size()).sum()
                    + rows.stream().mapToLong(r -> r.problems().size()).sum();
        }

        static ReadResult refused(String problem) {
            return new ReadResult(List.of(problem), List.of(), List.of(), Optional.empty());
        }
    }

    /** The impact map's columns, in the order practitioners use; the first header row names the stages. */
    enum Column {
        STAKEHOLDER("Stakeholder", 1, true),
        INPUT("Inputs", 2, false),
        INPUT_VALUE("Inputs value (£)", 2, false),
        OUTPUT("Outputs", 2, false),
        OUTCOME("Outcome", 2, true),
        INDICATOR("Indicator", 2, true),
        QUANTITY("Quantity", 2, true),
        DURATION("Duration (years)", 2, true),
        PROXY("Financial proxy", 2, false),
        PROXY_VALUE("Proxy value (£)", 2, true),
        PROXY_UNIT("Proxy unit", 2, false),
        PROXY_SOURCE("Proxy source", 2, true),
        BASE_YEAR("Base year", 2, false),
        DEADWEIGHT("Deadweight %", 3, true),
        DISPLACEMENT("Displacement %", 3, true),
        ATTRIBUTION("Attribution %", 3, true),
        DROP_OFF("Drop-off %", 3, true),
        IMPACT("Impact (£)", 4, false);

        final String heading;
        final int stage;
        final boolean required;

        Column(String heading, int stage, boolean required) {
            this.heading = heading;
            this.stage = stage;
            this.required = required;
        }
    }

    private static final List<String> INPUT_COLUMNS = List.of("Stakeholder", "Description", "Cash (£)", "In-kind (£)");

    private ImpactMapWorkbook() {}

    // ---------------------------------------------------------------- writing

    /** The workbook of an analysis with its result (the result of calculating {@code contents}). */
    public static byte[] write(Contents contents, SroiResult result) {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var styles = new Styles(workbook);
            mapSheet(workbook.createSheet(MAP_SHEET), styles, contents, result);
            inputsSheet(workbook.createSheet(INPUTS_SHEET), styles, contents.inputs());
            settingsSheet(workbook.createSheet(SETTINGS_SHEET), styles, contents.settings());
            summarySheet(workbook.createSheet(SUMMARY_SHEET), styles, contents, result);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the workbook", e);
        }
    }

    private static void mapSheet(Sheet sheet, Styles styles, Contents contents, SroiResult result) {
        int years = result.valuesPerYear().size();
        Row stages = sheet.createRow(0);
        Row headings = sheet.createRow(1);
        var columns = Column.values();
        for (int c = 0; c < columns.length; c++) {
            text(headings, c, columns[c].heading, styles.heading);
        }
        for (int y = 1; y <= years; y++) {
            text(headings, columns.length + y - 1, "Year " + y + " (£)", styles.heading);
        }
        text(headings, columns.length + years, "Present value (£)", styles.heading);
        stageHeadings(sheet, stages, styles, columns.length, years);

        Map<String, BigDecimal> inputByStakeholder = new LinkedHashMap<>();
        Map<String, String> inputDescription = new HashMap<>();
        for (var input : contents.inputs()) {
            inputByStakeholder.merge(input.stakeholder(), input.total(), BigDecimal::add);
            inputDescription.merge(input.stakeholder(), input.description(), (a, b) -> a.isBlank() ? b : a + "; " + b);
        }
        var seen = new java.util.HashSet<String>();
        for (int i = 0; i < contents.rows().size(); i++) {
            var line = contents.rows().get(i);
            var computed = result.rows().get(i);
            Row row = sheet.createRow(i + 2);
            text(row, Column.STAKEHOLDER.ordinal(), line.stakeholder(), null);
            if (seen.add(line.stakeholder()) && inputByStakeholder.containsKey(line.stakeholder())) {
                text(row, Column.INPUT.ordinal(), inputDescription.get(line.stakeholder()), null);
                number(row, Column.INPUT_VALUE.ordinal(), inputByStakeholder.get(line.stakeholder()), styles.money);
            }
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
            number(row, Column.IMPACT.ordinal(), computed.impact(), styles.money);
            for (int y = 1; y <= years; y++) {
                number(row, columns.length + y - 1, computed.valueInYear(y), styles.money);
            }
            number(row, columns.length + years, computed.presentValue(), styles.money);
        }
        Row totals = sheet.createRow(contents.rows().size() + 2);
        text(totals, 0, "Total", styles.heading);
        for (int y = 1; y <= years; y++) {
            number(totals, columns.length + y - 1, result.valuesPerYear().get(y - 1), styles.moneyBold);
        }
        number(totals, columns.length + years, result.presentValue(), styles.moneyBold);
        sheet.createFreezePane(1, 2);
        for (int c = 0; c <= columns.length + years; c++) {
            sheet.setColumnWidth(c, c == 0 || c == Column.OUTCOME.ordinal() ? 28 * 256 : 16 * 256);
        }
    }

    private static void stageHeadings(Sheet sheet, Row stages, Styles styles, int mapColumns, int years) {
        String[] names = {
            "Stage 1: stakeholders",
            "Stage 2: inputs, outputs and outcomes",
            "Stage 3: establishing impact",
            "Stage 4: impact"
        };
        int start = 0;
        for (int stage = 1; stage <= 4; stage++) {
            int first = start;
            int last = first;
            while (last + 1 < mapColumns && Column.values()[last + 1].stage == stage) {
                last++;
            }
            text(stages, first, names[stage - 1], styles.heading);
            if (last > first) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, first, last));
            }
            start = last + 1;
        }
        text(stages, mapColumns, "Calculating social return", styles.heading);
        if (years > 0) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, mapColumns, mapColumns + years));
        }
    }

    private static void inputsSheet(Sheet sheet, Styles styles, List<Investment> inputs) {
        Row header = sheet.createRow(0);
        for (int c = 0; c < INPUT_COLUMNS.size(); c++) {
            text(header, c, INPUT_COLUMNS.get(c), styles.heading);
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

    private static void settingsSheet(Sheet sheet, Styles styles, Settings settings) {
        String[][] rows = {
            {"Setting", "Value"},
            {"Discount rate %", null},
            {"Discount year 1", settings.discountFirstYear() ? "Yes" : "No"},
            {"Deductions", settings.deductions() == DeductionMethod.MULTIPLIED ? "Multiplied" : "Added"},
            {"Drop-off", settings.dropOff() == DropOffMethod.COMPOUNDING ? "Compounding" : "Straight-line"}
        };
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            text(row, 0, rows[r][0], r == 0 ? styles.heading : null);
            if (r == 1) {
                percent(row, 1, settings.discountRate(), styles.percent);
            } else {
                text(row, 1, rows[r][1], r == 0 ? styles.heading : null);
            }
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 16 * 256);
    }

    private static void summarySheet(Sheet sheet, Styles styles, Contents contents, SroiResult result) {
        int r = 0;
        text(sheet.createRow(r++), 0, contents.title(), styles.heading);
        if (contents.description() != null && !contents.description().isBlank()) {
            text(sheet.createRow(r++), 0, contents.description(), null);
        }
        r++;
        r = summaryLine(sheet, r, "Total present value (£)", result.presentValue(), styles.money);
        r = summaryLine(sheet, r, "Total investment (£)", result.investment(), styles.money);
        r = summaryLine(sheet, r, "Net present value (£)", result.netPresentValue(), styles.money);
        r = summaryLine(sheet, r, "SROI ratio (£ per £1)", result.ratio().orElse(null), styles.ratio);
        r = summaryLine(sheet, r, "Net SROI ratio", result.netRatio().orElse(null), styles.ratio);
        r = summaryLine(sheet, r, "Payback (months)", result.paybackMonths().orElse(null), styles.ratio);
        if (result.message().isPresent()) {
            text(sheet.createRow(r + 1), 0, result.message().get(), null);
        }
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 18 * 256);
    }

    private static int summaryLine(Sheet sheet, int r, String label, BigDecimal value, CellStyle style) {
        Row row = sheet.createRow(r);
        text(row, 0, label, null);
        if (value == null) {
            text(row, 1, "Not applicable", null);
        } else {
            number(row, 1, value, style);
        }
        return r + 1;
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column, CellType.STRING);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void number(Row row, int column, BigDecimal value, CellStyle style) {
        Cell cell = row.createCell(column, CellType.NUMERIC);
        cell.setCellValue(value.doubleValue());
        cell.setCellStyle(style);
    }

    private static void percent(Row row, int column, BigDecimal value, CellStyle style) {
        number(row, column, value.movePointLeft(2), style);
    }

    private static final class Styles {
        final CellStyle heading;
        final CellStyle plain;
        final CellStyle money;
        final CellStyle moneyBold;
        final CellStyle percent;
        final CellStyle ratio;

        Styles(Workbook workbook) {
            var format = workbook.createDataFormat();
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading = workbook.createCellStyle();
            heading.setFont(bold);
            heading.setWrapText(true);
            plain = workbook.createCellStyle();
            plain.setDataFormat(format.getFormat("General"));
            money = workbook.createCellStyle();
            money.setDataFormat(format.getFormat("#,##0.00"));
            moneyBold = workbook.createCellStyle();
            moneyBold.setDataFormat(format.getFormat("#,##0.00"));
            moneyBold.setFont(bold);
            percent = workbook.createCellStyle();
            percent.setDataFormat(format.getFormat("0.0#%"));
            ratio = workbook.createCellStyle();
            ratio.setDataFormat(format.getFormat("0.00"));
        }
    }

    // ---------------------------------------------------------------- reading

    /** Reads a workbook; never throws for a bad file, it reports the problem instead. */
    public static ReadResult read(InputStream in) {
        try (var workbook = WorkbookFactory.create(in)) {
            Sheet map = workbook.getSheet(MAP_SHEET);
            if (map == null) {
                map = workbook.getSheetAt(0);
            }
            var fileProblems = new ArrayList<String>();
            var rows = readMap(map, fileProblems);
            if (!fileProblems.isEmpty()) {
                return new ReadResult(fileProblems, List.of(), List.of(), Optional.empty());
            }
            Sheet inputsSheet = workbook.getSheet(INPUTS_SHEET);
            List<ReadRow<Investment>> inputs =
                    inputsSheet == null ? inputsFromMap(map, fileProblems) : readInputs(inputsSheet, fileProblems);
            Optional<Settings> settings = Optional.empty();
            Sheet settingsSheet = workbook.getSheet(SETTINGS_SHEET);
            if (settingsSheet != null) {
                settings = readSettings(settingsSheet, fileProblems);
            }
            return new ReadResult(fileProblems, inputs, rows, settings);
        } catch (IOException | RuntimeException e) {
            return ReadResult.refused("The file could not be read as an Excel workbook (.xlsx)");
        }
    }

    private static List<ReadRow<MapLine>> readMap(Sheet sheet, List<String> fileProblems) {
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
            fileProblems.add("The impact map needs a header row naming its columns: " + requiredHeadings());
            return List.of();
        }
        final Map<Column, Integer> header = columns;
        var missing = java.util.Arrays.stream(Column.values())
                .filter(c -> c.required && !header.containsKey(c))
                .map(c -> c.heading)
                .toList();
        if (!missing.isEmpty()) {
            fileProblems.add("The impact map is missing the column" + (missing.size() == 1 ? " " : "s ")
                    + String.join(", ", missing));
            return List.of();
        }
        var result = new ArrayList<ReadRow<MapLine>>();
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || blank(row, columns)) {
                continue;
            }
            String stakeholder = textAt(row, columns.get(Column.STAKEHOLDER));
            if (stakeholder.equalsIgnoreCase("Total")
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
            fileProblems.add("The impact map has no rows under its header");
        }
        return result;
    }

    private static String requiredHeadings() {
        return String.join(
                ", ",
                java.util.Arrays.stream(Column.values())
                        .filter(c -> c.required)
                        .map(c -> c.heading)
                        .toList());
    }

    private static ReadRow<MapLine> mapRow(Row row, Map<Column, Integer> columns) {
        var problems = new ArrayList<String>();
        var cells = new Cells(row, problems);
        String stakeholder = cells.text(columns.get(Column.STAKEHOLDER));
        String output = cells.text(columns.get(Column.OUTPUT));
        String outcome = cells.text(columns.get(Column.OUTCOME));
        String indicator = cells.text(columns.get(Column.INDICATOR));
        BigDecimal quantity = cells.number(columns.get(Column.QUANTITY), "Quantity");
        BigDecimal duration = cells.number(columns.get(Column.DURATION), "Duration");
        String proxy = cells.text(columns.get(Column.PROXY));
        BigDecimal proxyValue = cells.number(columns.get(Column.PROXY_VALUE), "Proxy value");
        String unit = cells.text(columns.get(Column.PROXY_UNIT));
        String source = cells.text(columns.get(Column.PROXY_SOURCE));
        BigDecimal baseYear = cells.optionalNumber(columns.get(Column.BASE_YEAR), "Base year");
        BigDecimal deadweight = cells.percent(columns.get(Column.DEADWEIGHT), "Deadweight");
        BigDecimal displacement = cells.percent(columns.get(Column.DISPLACEMENT), "Displacement");
        BigDecimal attribution = cells.percent(columns.get(Column.ATTRIBUTION), "Attribution");
        BigDecimal dropOff = cells.percent(columns.get(Column.DROP_OFF), "Drop-off");
        Integer years = null;
        if (duration != null) {
            if (duration.stripTrailingZeros().scale() > 0) {
                problems.add("Duration must be a whole number of years");
            } else {
                years = duration.intValue();
            }
        }
        Integer base = null;
        if (baseYear != null) {
            if (baseYear.stripTrailingZeros().scale() > 0 || baseYear.intValue() < 1900 || baseYear.intValue() > 2200) {
                problems.add("Base year must be a year such as 2025");
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
            problems.add(e.getMessage());
            return new ReadRow<>(row.getRowNum() + 1, Optional.empty(), problems);
        }
        return new ReadRow<>(row.getRowNum() + 1, Optional.of(line), List.of());
    }

    private static List<ReadRow<Investment>> readInputs(Sheet sheet, List<String> fileProblems) {
        Row header = sheet.getRow(sheet.getFirstRowNum());
        Map<String, Integer> columns = new HashMap<>();
        if (header != null) {
            for (Cell cell : header) {
                columns.putIfAbsent(
                        normalise(new DataFormatter(Locale.UK).formatCellValue(cell)), cell.getColumnIndex());
            }
        }
        var missing = INPUT_COLUMNS.stream()
                .filter(name -> !columns.containsKey(normalise(name)))
                .toList();
        if (!missing.isEmpty()) {
            fileProblems.add("The Inputs sheet needs the columns " + String.join(", ", INPUT_COLUMNS) + " (missing "
                    + String.join(", ", missing) + ")");
            return List.of();
        }
        var result = new ArrayList<ReadRow<Investment>>();
        for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            var problems = new ArrayList<String>();
            var cells = new Cells(row, problems);
            String stakeholder = cells.text(columns.get(normalise(INPUT_COLUMNS.get(0))));
            String description = cells.text(columns.get(normalise(INPUT_COLUMNS.get(1))));
            if (stakeholder.isEmpty()
                    && description.isEmpty()
                    && cells.text(columns.get(normalise(INPUT_COLUMNS.get(2)))).isEmpty()
                    && cells.text(columns.get(normalise(INPUT_COLUMNS.get(3)))).isEmpty()) {
                continue;
            }
            BigDecimal cash = cells.optionalNumber(columns.get(normalise(INPUT_COLUMNS.get(2))), "Cash");
            BigDecimal inKind = cells.optionalNumber(columns.get(normalise(INPUT_COLUMNS.get(3))), "In-kind");
            if (result.size() == SroiRules.INPUTS.max()) {
                fileProblems.add(SroiRules.INPUTS.exceeded());
                return List.of();
            }
            result.add(investment(row.getRowNum() + 1, stakeholder, description, cash, inKind, problems));
        }
        return result;
    }

    /** A map without an Inputs sheet: each stakeholder's "Inputs value" counts as cash. */
    private static List<ReadRow<Investment>> inputsFromMap(Sheet sheet, List<String> fileProblems) {
        Map<Column, Integer> columns = null;
        int headerRow = -1;
        for (Row row : sheet) {
            var found = headerColumns(row);
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
            var problems = new ArrayList<String>();
            var cells = new Cells(row, problems);
            BigDecimal value = cells.optionalNumber(columns.get(Column.INPUT_VALUE), "Inputs value");
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
            List<String> problems) {
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
            return new ReadRow<>(rowNumber, Optional.empty(), List.of(e.getMessage()));
        }
    }

    private static Optional<Settings> readSettings(Sheet sheet, List<String> fileProblems) {
        var formatter = new DataFormatter(Locale.UK);
        Map<String, Row> byName = new HashMap<>();
        for (Row row : sheet) {
            Cell name = row.getCell(0);
            if (name != null) {
                byName.put(normalise(formatter.formatCellValue(name)), row);
            }
        }
        var problems = new ArrayList<String>();
        try {
            var settings = Settings.guide();
            Row rate = byName.get(normalise("Discount rate %"));
            if (rate != null) {
                var value = new Cells(rate, problems).percent(1, "Discount rate");
                if (value != null) {
                    settings = settings.withDiscountRate(value);
                }
            }
            Row firstYear = byName.get(normalise("Discount year 1"));
            if (firstYear != null) {
                String value = new Cells(firstYear, problems).text(1).toLowerCase(Locale.ROOT);
                settings = settings.withDiscountFirstYear(!value.equals("no"));
            }
            Row deductions = byName.get(normalise("Deductions"));
            if (deductions != null) {
                String value = new Cells(deductions, problems).text(1).toLowerCase(Locale.ROOT);
                settings = settings.withDeductions(
                        value.startsWith("add") ? DeductionMethod.ADDED : DeductionMethod.MULTIPLIED);
            }
            Row dropOff = byName.get(normalise("Drop-off"));
            if (dropOff != null) {
                String value = new Cells(dropOff, problems).text(1).toLowerCase(Locale.ROOT);
                settings = settings.withDropOff(
                        value.startsWith("straight") ? DropOffMethod.STRAIGHT_LINE : DropOffMethod.COMPOUNDING);
            }
            problems.forEach(p -> fileProblems.add("Settings: " + p));
            return problems.isEmpty() ? Optional.of(settings) : Optional.empty();
        } catch (InvalidSroiInputException e) {
            fileProblems.add("Settings: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static Map<Column, Integer> headerColumns(Row row) {
        var formatter = new DataFormatter(Locale.UK);
        Map<String, Column> known = new HashMap<>();
        for (var column : Column.values()) {
            known.put(normalise(column.heading), column);
        }
        Map<Column, Integer> found = new java.util.EnumMap<>(Column.class);
        for (Cell cell : row) {
            var column = known.get(normalise(formatter.formatCellValue(cell)));
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

    private static String textAt(Row row, Integer index) {
        if (index == null) {
            return "";
        }
        Cell cell = row.getCell(index);
        return cell == null
                ? ""
                : new DataFormatter(Locale.UK).formatCellValue(cell).strip();
    }

    /** Lower case, letters and digits only: "Drop-off %" and "drop off" match. */
    static String normalise(String heading) {
        String letters = heading == null ? "" : heading.toLowerCase(Locale.ROOT).replaceAll("\\(.*?\\)", "");
        return letters.replace("%", "").replaceAll("[^a-z0-9]", "");
    }

    /** Reads typed values from one row, collecting a problem per unreadable cell. */
    private static final class Cells {
        private final Row row;
        private final List<String> problems;

        Cells(Row row, List<String> problems) {
            this.row = row;
            this.problems = problems;
        }

        String text(Integer index) {
            return textAt(row, index);
        }

        BigDecimal number(Integer index, String label) {
            BigDecimal value = optionalNumber(index, label);
            if (value == null && problems.stream().noneMatch(p -> p.startsWith(label))) {
                problems.add(label + " is missing");
            }
            return value;
        }

        BigDecimal optionalNumber(Integer index, String label) {
            return read(index, label, false);
        }

        BigDecimal percent(Integer index, String label) {
            BigDecimal value = read(index, label, true);
            if (value == null && problems.stream().noneMatch(p -> p.startsWith(label))) {
                problems.add(label + " is missing");
            }
            return value;
        }

        private BigDecimal read(Integer index, String label, boolean percent) {
            if (index == null) {
                return null;
            }
            Cell cell = row.getCell(index);
            if (cell == null) {
                return null;
            }
            CellType type =
                    cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC) {
                BigDecimal value = new BigDecimal(NumberToTextConverter.toText(cell.getNumericCellValue()));
                boolean percentFormat =
                        cell.getCellStyle().getDataFormatString().contains("%");
                return percent && percentFormat ? value.movePointRight(2).stripTrailingZeros() : value;
            }
            if (type == CellType.BLANK) {
                return null;
            }
            String text = text(index);
            if (text.isEmpty()) {
                return null;
            }
            String cleaned = text.replace("£", "").strip();
            boolean hasPercent = cleaned.endsWith("%");
            if (hasPercent) {
                cleaned = cleaned.substring(0, cleaned.length() - 1).strip();
            }
            // As every number typed as text is read: "1,500" is 1500, "1,5" is refused rather than read as 15.
            String problem = Numbers.problem(cleaned, 40, 40);
            if (problem != null) {
                String why = problem.startsWith("enter a number,") ? "" : ": " + problem;
                problems.add(label + " must be a number, not \"" + text + "\"" + why);
                return null;
            }
            return Numbers.read(cleaned, 40, 40).orElseThrow();
        }
    }
}
