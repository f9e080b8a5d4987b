package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import scot.cairn.sroi.ImpactMapWorkbook.Column;
import scot.cairn.sroi.ImpactMapWorkbook.Contents;
import scot.cairn.sroi.ImpactMapWorkbook.MapLine;

/**
 * The exported workbook calculates: Excel's formulas (evaluated here by POI, as Excel would on opening) give the
 * engine's present values and ratio to the penny under every settings variant, the values cached in the file are the
 * same, and changing an assumption in the file moves the ratio the way the engine would.
 */
class WorkbookFormulaTests {

    private static final double PENNY = 0.005;

    static Stream<Arguments> variants() {
        var arguments = new ArrayList<Arguments>();
        for (var deductions : DeductionMethod.values()) {
            for (var dropOff : DropOffMethod.values()) {
                for (boolean firstYear : new boolean[] {true, false}) {
                    arguments.add(Arguments.of(new Settings(new BigDecimal("3.5"), firstYear, deductions, dropOff)));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest
    @MethodSource("variants")
    void theWorkbooksFormulasAgreeWithTheEngineToThePenny(Settings settings) throws IOException {
        var maps = new RandomMaps(settings.hashCode());
        var lines = lines(maps.rows(60, 12));
        var inputs = maps.investments(false);
        var result = calculate(lines, inputs, settings);

        try (var workbook = open(ImpactMapWorkbook.write(contents(lines, inputs, settings), result))) {
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            var map = workbook.getSheet(ImpactMapWorkbook.MAP_SHEET);
            int presentValue = Column.values().length + result.valuesPerYear().size();
            for (int i = 0; i < lines.size(); i++) {
                Row row = map.getRow(i + 2);
                var engine = result.rows().get(i);
                assertThat(value(evaluator, row.getCell(Column.IMPACT.ordinal())))
                        .isCloseTo(engine.impact().doubleValue(), within(PENNY));
                for (int y = 1; y <= result.valuesPerYear().size(); y++) {
                    assertThat(value(evaluator, row.getCell(Column.values().length + y - 1)))
                            .as("row %d year %d", i, y)
                            .isCloseTo(engine.valueInYear(y).doubleValue(), within(PENNY));
                }
                assertThat(value(evaluator, row.getCell(presentValue)))
                        .as("present value of row %d", i)
                        .isCloseTo(engine.presentValue().doubleValue(), within(PENNY));
            }
            var summary = workbook.getSheet(ImpactMapWorkbook.SUMMARY_SHEET);
            assertThat(value(evaluator, labelled(summary, "Total present value (£)")))
                    .isCloseTo(result.presentValue().doubleValue(), within(PENNY));
            assertThat(value(evaluator, labelled(summary, "SROI ratio (£ per £1)")))
                    .isCloseTo(result.ratio().orElseThrow().doubleValue(), within(PENNY));
            assertThat(value(evaluator, labelled(summary, "Payback (months)")))
                    .isCloseTo(result.paybackMonths().orElseThrow().doubleValue(), within(0.05));
            everyCachedValueIsWhatExcelWouldCalculate(workbook, evaluator);
        }
    }

    @Test
    void changingAnAssumptionOrASettingInTheFileMovesTheRatioAsTheEngineWould() throws IOException {
        var settings = Settings.guide();
        var lines = ImpactMapWorkbookTests.ROWS;
        var inputs = ImpactMapWorkbookTests.INPUTS;
        byte[] file = ImpactMapWorkbook.write(contents(lines, inputs, settings), calculate(lines, inputs, settings));

        byte[] edited;
        try (var workbook = open(file);
                var out = new ByteArrayOutputStream()) {
            workbook.getSheet(ImpactMapWorkbook.MAP_SHEET)
                    .getRow(2)
                    .getCell(Column.DEADWEIGHT.ordinal())
                    .setCellValue(0.5);
            workbook.getSheet(ImpactMapWorkbook.SETTINGS_SHEET)
                    .getRow(3)
                    .getCell(1)
                    .setCellValue("Added");
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            var changed = new ArrayList<>(lines);
            changed.set(0, withDeadweight(lines.get(0), new BigDecimal("50")));
            var expected = calculate(changed, inputs, settings.withDeductions(DeductionMethod.ADDED));
            var ratio = labelled(workbook.getSheet(ImpactMapWorkbook.SUMMARY_SHEET), "SROI ratio (£ per £1)");

            assertThat(value(evaluator, ratio))
                    .isCloseTo(expected.ratio().orElseThrow().doubleValue(), within(PENNY));
            assertThat(expected.ratio())
                    .isNotEqualTo(calculate(lines, inputs, settings).ratio());
            workbook.write(out);
            edited = out.toByteArray();
        }

        var read = ImpactMapWorkbook.read(new ByteArrayInputStream(edited));
        assertThat(read.clean()).as(read.toString()).isTrue();
        assertThat(read.rows().get(0).line().orElseThrow().deadweight()).isEqualByComparingTo("50");
        assertThat(read.settings().orElseThrow().deductions()).isEqualTo(DeductionMethod.ADDED);
    }

    @Test
    void withoutInputsTheRatiosReadNotApplicableAsTheEngineSays() throws IOException {
        var lines = ImpactMapWorkbookTests.ROWS;
        var result = calculate(lines, List.of(), Settings.guide());
        try (var workbook = open(ImpactMapWorkbook.write(contents(lines, List.of(), Settings.guide()), result))) {
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            var summary = workbook.getSheet(ImpactMapWorkbook.SUMMARY_SHEET);
            var ratio = evaluator.evaluate(labelled(summary, "SROI ratio (£ per £1)"));

            assertThat(ratio.getStringValue()).isEqualTo("Not applicable");
            assertThat(labelled(summary, "SROI ratio (£ per £1)").getStringCellValue())
                    .isEqualTo("Not applicable");
            everyCachedValueIsWhatExcelWouldCalculate(workbook, evaluator);
        }
    }

    private static void everyCachedValueIsWhatExcelWouldCalculate(XSSFWorkbook workbook, FormulaEvaluator evaluator) {
        int formulas = 0;
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    formulas++;
                    var fresh = evaluator.evaluate(cell);
                    if (cell.getCachedFormulaResultType() == CellType.NUMERIC) {
                        assertThat(cell.getNumericCellValue())
                                .as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                .isCloseTo(fresh.getNumberValue(), within(PENNY));
                    } else {
                        assertThat(cell.getStringCellValue()).isEqualTo(fresh.getStringValue());
                    }
                }
            }
        }
        assertThat(formulas).isPositive();
    }

    private static double value(FormulaEvaluator evaluator, Cell cell) {
        assertThat(cell.getCellType()).as(cell.getAddress().toString()).isEqualTo(CellType.FORMULA);
        var value = evaluator.evaluate(cell);
        assertThat(value.getCellType()).as(cell.getAddress() + " " + value).isEqualTo(CellType.NUMERIC);
        return value.getNumberValue();
    }

    private static Cell labelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null
                    && first.getCellType() == CellType.STRING
                    && first.getStringCellValue().equals(label)) {
                return row.getCell(1);
            }
        }
        throw new AssertionError("No row labelled " + label);
    }

    private static XSSFWorkbook open(byte[] file) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(file));
    }

    private static SroiResult calculate(List<MapLine> lines, List<Investment> inputs, Settings settings) {
        return new SroiCalculator()
                .calculate(lines.stream().map(MapLine::toImpactRow).toList(), inputs, settings);
    }

    private static Contents contents(List<MapLine> lines, List<Investment> inputs, Settings settings) {
        return new Contents("Forecast", "A forecast", settings, inputs, lines);
    }

    static List<MapLine> lines(List<ImpactRow> rows) {
        return rows.stream()
                .map(r -> new MapLine(
                        r.stakeholder(),
                        "",
                        r.outcome(),
                        r.indicator(),
                        r.quantity(),
                        r.durationYears(),
                        r.proxyDescription(),
                        r.proxyValue(),
                        "per person per year",
                        r.proxySource(),
                        null,
                        r.deadweight(),
                        r.displacement(),
                        r.attribution(),
                        r.dropOff()))
                .toList();
    }

    private static MapLine withDeadweight(MapLine l, BigDecimal deadweight) {
        return new MapLine(
                l.stakeholder(),
                l.output(),
                l.outcome(),
                l.indicator(),
                l.quantity(),
                l.durationYears(),
                l.proxyDescription(),
                l.proxyValue(),
                l.proxyUnit(),
                l.proxySource(),
                l.baseYear(),
                deadweight,
                l.displacement(),
                l.attribution(),
                l.dropOff());
    }
}
