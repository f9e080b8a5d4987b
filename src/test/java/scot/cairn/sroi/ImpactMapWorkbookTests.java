package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import scot.cairn.platform.English;
import scot.cairn.sroi.ImpactMapWorkbook.Contents;
import scot.cairn.sroi.ImpactMapWorkbook.MapLine;
import scot.cairn.sroi.ImpactMapWorkbook.ReadResult;

class ImpactMapWorkbookTests {

    static final Settings SETTINGS = Settings.guide()
            .withDiscountRate(new BigDecimal("3.75"))
            .withDeductions(DeductionMethod.ADDED)
            .withDropOff(DropOffMethod.STRAIGHT_LINE);

    static final List<Investment> INPUTS = List.of(
            new Investment("Falkirk Council", "Placement budget", new BigDecimal("120000.50"), BigDecimal.ZERO),
            new Investment("Falkirk CVS", "Volunteer time", BigDecimal.ZERO, new BigDecimal("8500")));

    static final List<MapLine> ROWS = List.of(
            line(
                    "Children in care",
                    "Stable placement for 12 months",
                    "18",
                    3,
                    "1234.56",
                    2021,
                    "12.5",
                    "0",
                    "25",
                    "10"),
            line("Foster carers", "Better wellbeing", "30", 2, "900", null, "20", "5", "0", "33.3"),
            line("Falkirk Council", "Fewer residential placements", "4", 5, "150000", 2024, "0", "0", "40", "0"));

    static MapLine line(
            String stakeholder,
            String outcome,
            String quantity,
            int years,
            String proxy,
            Integer baseYear,
            String deadweight,
            String displacement,
            String attribution,
            String dropOff) {
        return new MapLine(
                stakeholder,
                "Placements supported",
                outcome,
                "Indicator for " + outcome,
                new BigDecimal(quantity),
                years,
                "Proxy for " + outcome,
                new BigDecimal(proxy),
                "per person per year",
                "Unit Cost Database 2024",
                baseYear,
                new BigDecimal(deadweight),
                new BigDecimal(displacement),
                new BigDecimal(attribution),
                new BigDecimal(dropOff));
    }

    static byte[] exported() {
        return exported(java.util.Locale.ENGLISH);
    }

    static byte[] exported(java.util.Locale language) {
        var contents = new Contents("Forecast 2026", "Foster care forecast", SETTINGS, INPUTS, ROWS);
        var result = new SroiCalculator()
                .calculate(ROWS.stream().map(MapLine::toImpactRow).toList(), INPUTS, SETTINGS);
        return ImpactMapWorkbook.write(contents, result, language);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"cy", "gd"})
    void aWorkbookInWelshOrGaelicHasItsHeadingsInThatLanguageAndReadsBackTheSame(String language) throws IOException {
        byte[] file = exported(java.util.Locale.forLanguageTag(language));
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(workbook.getSheet(ImpactMapWorkbook.MAP_SHEET)).isNull();
            var map = workbook.getSheetAt(0);
            assertThat(map.getSheetName()).isEqualTo(language.equals("cy") ? "Map effaith" : "Mapa buaidh");
            assertThat(map.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(language.equals("cy") ? "Rhanddeiliad" : "Neach-ùidhe");
            // Every formula still works with the sheets and the settings' words in that language.
            var evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            evaluator.evaluateAll();
            var summary = workbook.getSheetAt(3);
            var presentValue = summary.getRow(3).getCell(1);
            assertThat(evaluator.evaluate(presentValue).getNumberValue())
                    .isCloseTo(presentValue.getNumericCellValue(), org.assertj.core.data.Offset.offset(0.005));
        }
        ReadResult read = ImpactMapWorkbook.read(new ByteArrayInputStream(file));

        assertThat(read.clean()).as(read.toString()).isTrue();
        assertThat(read.rows()).hasSize(3);
        for (int i = 0; i < ROWS.size(); i++) {
            assertSame(read.rows().get(i).line().orElseThrow(), ROWS.get(i));
        }
        assertThat(read.inputs()).hasSize(2);
        var settings = read.settings().orElseThrow();
        assertThat(settings.discountRate()).isEqualByComparingTo("3.75");
        assertThat(settings.deductions()).isEqualTo(DeductionMethod.ADDED);
        assertThat(settings.dropOff()).isEqualTo(DropOffMethod.STRAIGHT_LINE);
        assertThat(settings.discountFirstYear()).isTrue();
    }

    @Test
    void anExportedWorkbookReadsBackToTheSameMapInputsAndSettings() {
        ReadResult read = ImpactMapWorkbook.read(new ByteArrayInputStream(exported()));

        assertThat(read.clean()).as(read.toString()).isTrue();
        assertThat(read.rows()).hasSize(3);
        for (int i = 0; i < ROWS.size(); i++) {
            assertSame(read.rows().get(i).line().orElseThrow(), ROWS.get(i));
        }
        assertThat(read.inputs()).hasSize(2);
        var council = read.inputs().get(0).line().orElseThrow();
        assertThat(council.stakeholder()).isEqualTo("Falkirk Council");
        assertThat(council.cash()).isEqualByComparingTo("120000.50");
        assertThat(read.inputs().get(1).line().orElseThrow().inKind()).isEqualByComparingTo("8500");
        var settings = read.settings().orElseThrow();
        assertThat(settings.discountRate()).isEqualByComparingTo("3.75");
        assertThat(settings.deductions()).isEqualTo(DeductionMethod.ADDED);
        assertThat(settings.dropOff()).isEqualTo(DropOffMethod.STRAIGHT_LINE);
        assertThat(settings.discountFirstYear()).isTrue();
    }

    @Test
    void theMapSheetFollowsThePractitionersLayoutWithValuesPerYear() throws IOException {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(exported()))) {
            var sheet = workbook.getSheet(ImpactMapWorkbook.MAP_SHEET);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).startsWith("Stage 1");
            Row headings = sheet.getRow(1);
            assertThat(headings.getCell(0).getStringCellValue()).isEqualTo("Stakeholder");
            assertThat(headings.getCell(17).getStringCellValue()).isEqualTo("Impact (£)");
            assertThat(headings.getCell(18).getStringCellValue()).isEqualTo("Year 1 (£)");
            assertThat(headings.getCell(22).getStringCellValue()).isEqualTo("Year 5 (£)");
            assertThat(headings.getCell(23).getStringCellValue()).isEqualTo("Present value (£)");
            // The council's row carries its input on the stakeholder's first row.
            assertThat(sheet.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(120000.50);
            assertThat(sheet.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Total");
            assertThat(workbook.getSheet(ImpactMapWorkbook.SUMMARY_SHEET)).isNotNull();
        }
    }

    @Test
    void eachBadRowIsReportedWithItsRowNumberAndNothingIsTakenFromIt() throws IOException {
        byte[] file = workbook(new Object[][] {
            {
                "Stakeholder",
                "Outcome",
                "Indicator",
                "Quantity",
                "Duration (years)",
                "Proxy value (£)",
                "Proxy source",
                "Deadweight %",
                "Displacement %",
                "Attribution %",
                "Drop-off %"
            },
            {"Carers", "Wellbeing", "WEMWBS", 10, 2, 500, "HACT", "25%", 0, 10, 0},
            {"Carers", "Wellbeing", "WEMWBS", -1, 2, 500, "HACT", 25, 0, 10, 0},
            {"Carers", "Wellbeing", "WEMWBS", 10, 0, 500, "HACT", 25, 0, 10, 0},
            {"Carers", "Wellbeing", "WEMWBS", 10, 2, 500, "", 25, 0, 10, 0},
            {"Carers", "Wellbeing", "WEMWBS", 10, 2, 500, "HACT", 120, 0, 10, 0},
            {"Carers", "Wellbeing", "WEMWBS", "ten", 2, 500, "HACT", 25, 0, 10, 0},
            {"Carers", "Wellbeing", "WEMWBS", 10, 51, 500, "HACT", 25, 0, 10, 0},
        });

        ReadResult read = ImpactMapWorkbook.read(new ByteArrayInputStream(file));

        assertThat(read.clean()).isFalse();
        assertThat(read.rows()).hasSize(7);
        var first = read.rows().get(0);
        assertThat(first.clean()).isTrue();
        assertThat(first.rowNumber()).isEqualTo(2);
        assertThat(first.line().orElseThrow().deadweight()).isEqualByComparingTo("25");
        assertThat(English.of(read.rows().get(1).problems())).containsExactly("Quantity must be 0 or more");
        assertThat(English.of(read.rows().get(2).problems()))
                .containsExactly("Duration must be between 1 and 50 years");
        assertThat(English.of(read.rows().get(3).problems()))
                .containsExactly("Enter the source of the financial proxy");
        assertThat(English.of(read.rows().get(4).problems()))
                .containsExactly("Deadweight must be between 0 and 100 per cent");
        assertThat(English.of(read.rows().get(5).problems())).containsExactly("Quantity must be a number, not “ten”");
        assertThat(English.of(read.rows().get(6).problems()))
                .containsExactly("Duration must be between 1 and 50 years");
        assertThat(read.rows().stream().skip(1).allMatch(r -> r.line().isEmpty()))
                .isTrue();
        assertThat(read.problemCount()).isEqualTo(6);
    }

    @Test
    void aPractitionersMapWithoutAnInputsSheetTakesEachStakeholdersInputValueAsCash() throws IOException {
        byte[] file = workbook(new Object[][] {
            {"Stage 1", "", "", "Stage 2"},
            {
                "Stakeholder",
                "Inputs",
                "Inputs value (£)",
                "Outcome",
                "Indicator",
                "Quantity",
                "Duration",
                "Proxy value",
                "Proxy source",
                "Deadweight",
                "Displacement",
                "Attribution",
                "Drop off"
            },
            {"Council", "Staff time", "£12,000", "Savings", "Placements avoided", 3, 1, 4000, "UCD", 0, 0, 0, 0},
            {"Council", "", "", "Savings", "Placements avoided", 1, 1, 4000, "UCD", 0, 0, 0, 0},
        });

        ReadResult read = ImpactMapWorkbook.read(new ByteArrayInputStream(file));

        assertThat(read.clean()).as(read.toString()).isTrue();
        assertThat(read.rows()).hasSize(2);
        assertThat(read.inputs()).hasSize(1);
        assertThat(read.inputs().get(0).line().orElseThrow().cash()).isEqualByComparingTo("12000");
        assertThat(read.settings()).isEqualTo(Optional.empty());
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefusedAsAWhole() throws IOException {
        byte[] file = workbook(new Object[][] {
            {"Stakeholder", "Outcome", "Quantity"}, {"Carers", "Wellbeing", 3},
        });

        ReadResult read = ImpactMapWorkbook.read(new ByteArrayInputStream(file));

        assertThat(read.clean()).isFalse();
        assertThat(English.of(read.fileProblems()))
                .singleElement()
                .asString()
                .startsWith("The impact map is missing the columns Indicator, Duration (years), Proxy value (£)");
        assertThat(read.rows()).isEmpty();
    }

    @Test
    void somethingThatIsNotAWorkbookIsRefusedWithAMessage() {
        ReadResult read = ImpactMapWorkbook.read(new ByteArrayInputStream("stakeholder,outcome\n".getBytes()));

        assertThat(English.of(read.fileProblems()))
                .containsExactly("The file could not be read as an Excel workbook (.xlsx)");
    }

    private static void assertSame(MapLine actual, MapLine expected) {
        assertThat(actual.stakeholder()).isEqualTo(expected.stakeholder());
        assertThat(actual.output()).isEqualTo(expected.output());
        assertThat(actual.outcome()).isEqualTo(expected.outcome());
        assertThat(actual.indicator()).isEqualTo(expected.indicator());
        assertThat(actual.quantity()).isEqualByComparingTo(expected.quantity());
        assertThat(actual.durationYears()).isEqualTo(expected.durationYears());
        assertThat(actual.proxyDescription()).isEqualTo(expected.proxyDescription());
        assertThat(actual.proxyValue()).isEqualByComparingTo(expected.proxyValue());
        assertThat(actual.proxyUnit()).isEqualTo(expected.proxyUnit());
        assertThat(actual.proxySource()).isEqualTo(expected.proxySource());
        assertThat(actual.baseYear()).isEqualTo(expected.baseYear());
        assertThat(actual.deadweight()).isEqualByComparingTo(expected.deadweight());
        assertThat(actual.displacement()).isEqualByComparingTo(expected.displacement());
        assertThat(actual.attribution()).isEqualByComparingTo(expected.attribution());
        assertThat(actual.dropOff()).isEqualByComparingTo(expected.dropOff());
    }

    private static byte[] workbook(Object[][] cells) throws IOException {
        try (var workbook = new XSSFWorkbook();
                var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("My impact map");
            for (int r = 0; r < cells.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    Object value = cells[r][c];
                    if (value instanceof Number number) {
                        row.createCell(c).setCellValue(number.doubleValue());
                    } else {
                        row.createCell(c).setCellValue((String) value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
