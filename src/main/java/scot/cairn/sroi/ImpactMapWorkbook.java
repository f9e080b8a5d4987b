package scot.cairn.sroi;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import scot.cairn.platform.Message;

/**
 * An impact map as an Excel workbook, laid out the way SROI practitioners draw one: stage 1 (stakeholders), stage 2
 * (inputs, outputs, outcomes and indicators, quantity, duration, financial proxy), stage 3 and 4 (deadweight,
 * displacement, attribution, drop-off, impact), then the value of each row in each year and its present value. The
 * workbook also holds an "Inputs" sheet (cash and in-kind per stakeholder), the calculation "Settings" and a
 * "Summary" of the result.
 *
 * <p>Impact, values per year, present values and the Summary's totals and ratios are Excel formulas over the inputs,
 * assumptions and the Settings sheet ({@link WorkbookFormulas}), so a practitioner can change an assumption in Excel
 * and see the ratio move; each formula also carries Cairn's own result, so the file shows numbers before anything
 * recalculates it.
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
    public record ReadRow<T>(int rowNumber, Optional<T> line, List<Message> problems) {

        public boolean clean() {
            return problems.isEmpty();
        }
    }

    /** Everything read from a workbook: file-level problems, input rows, map rows and the settings. */
    public record ReadResult(
            List<Message> fileProblems,
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

        static ReadResult refused(Message problem) {
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

    static final List<String> INPUT_COLUMNS = List.of("Stakeholder", "Description", "Cash (£)", "In-kind (£)");

    private ImpactMapWorkbook() {}

    /** The workbook of an analysis with its result (the result of calculating {@code contents}). */
    public static byte[] write(Contents contents, SroiResult result) {
        return WorkbookWriter.write(contents, result);
    }

    /** Reads a workbook; never throws for a bad file, it reports the problem instead. */
    public static ReadResult read(InputStream in) {
        return WorkbookReader.read(in);
    }

    /** Lower case, letters and digits only: "Drop-off %" and "drop off" match. */
    static String normalise(String heading) {
        String letters = heading == null ? "" : heading.toLowerCase(Locale.ROOT).replaceAll("\\(.*?\\)", "");
        return letters.replace("%", "").replaceAll("[^a-z0-9]", "");
    }
}
