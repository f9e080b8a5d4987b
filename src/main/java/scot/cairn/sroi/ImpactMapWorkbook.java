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

    /**
     * The impact map's columns, in the order practitioners use; the first header row names the stages. Each heading is
     * a bundle key ({@code sroi.xlsx.col.stakeholder}), written in the reader's language and read in any of Cairn's.
     */
    enum Column {
        STAKEHOLDER("sroi.xlsx.col.stakeholder", 1, true),
        INPUT("sroi.xlsx.col.inputs", 2, false),
        INPUT_VALUE("sroi.xlsx.col.inputValue", 2, false),
        OUTPUT("sroi.xlsx.col.outputs", 2, false),
        OUTCOME("sroi.xlsx.col.outcome", 2, true),
        INDICATOR("sroi.xlsx.col.indicator", 2, true),
        QUANTITY("sroi.xlsx.col.quantity", 2, true),
        DURATION("sroi.xlsx.col.duration", 2, true),
        PROXY("sroi.xlsx.col.proxy", 2, false),
        PROXY_VALUE("sroi.xlsx.col.proxyValue", 2, true),
        PROXY_UNIT("sroi.xlsx.col.proxyUnit", 2, false),
        PROXY_SOURCE("sroi.xlsx.col.proxySource", 2, true),
        BASE_YEAR("sroi.xlsx.col.baseYear", 2, false),
        DEADWEIGHT("sroi.xlsx.col.deadweight", 3, true),
        DISPLACEMENT("sroi.xlsx.col.displacement", 3, true),
        ATTRIBUTION("sroi.xlsx.col.attribution", 3, true),
        DROP_OFF("sroi.xlsx.col.dropOff", 3, true),
        IMPACT("sroi.xlsx.col.impact", 4, false);

        final String key;
        final int stage;
        final boolean required;

        Column(String key, int stage, boolean required) {
            this.key = key;
            this.stage = stage;
            this.required = required;
        }

        String heading(WorkbookWords words) {
            return words.get(key);
        }
    }

    /** The keys of the Inputs sheet's headings, in column order. */
    static final List<String> INPUT_COLUMNS = List.of(
            "sroi.xlsx.inputs.stakeholder",
            "sroi.xlsx.inputs.description",
            "sroi.xlsx.inputs.cash",
            "sroi.xlsx.inputs.inKind");

    private ImpactMapWorkbook() {}

    /** The workbook of an analysis with its result (the result of calculating {@code contents}), in English. */
    public static byte[] write(Contents contents, SroiResult result) {
        return write(contents, result, Locale.ENGLISH);
    }

    /** As {@link #write(Contents, SroiResult)}, with its sheets, headings and settings in the reader's language. */
    public static byte[] write(Contents contents, SroiResult result, Locale language) {
        return WorkbookWriter.write(contents, result, WorkbookWords.of(language));
    }

    /** Reads a workbook; never throws for a bad file, it reports the problem instead. */
    public static ReadResult read(InputStream in) {
        return WorkbookReader.read(in);
    }

    /** Lower case, letters and digits only: "Drop-off %" and "drop off" match, as do "Às-àiteachadh" and "às àiteachadh". */
    static String normalise(String heading) {
        String letters = heading == null ? "" : heading.toLowerCase(Locale.ROOT).replaceAll("\\(.*?\\)", "");
        return letters.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** The sheet named by {@code key} in any of Cairn's languages, or null. */
    static org.apache.poi.ss.usermodel.Sheet sheet(org.apache.poi.ss.usermodel.Workbook workbook, String key) {
        for (var name : WorkbookWords.inEveryLanguage(key)) {
            var sheet = workbook.getSheet(name);
            if (sheet != null) {
                return sheet;
            }
        }
        return null;
    }

    /** True when {@code text} is the words of {@code key} in one of Cairn's languages, ignoring case and punctuation. */
    static boolean means(String text, String key) {
        var wanted = normalise(text);
        return WorkbookWords.inEveryLanguage(key).stream()
                .anyMatch(w -> normalise(w).equals(wanted));
    }
}
