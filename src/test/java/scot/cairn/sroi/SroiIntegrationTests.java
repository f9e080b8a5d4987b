package scot.cairn.sroi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.RoleService;
import scot.cairn.outcome.Period;
import scot.cairn.partnership.GateService;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.Role;
import scot.cairn.platform.AuditEvent;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.English;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class SroiIntegrationTests {

    @Autowired
    SroiFixture fixture;

    @Autowired
    SroiService sroi;

    @Autowired
    ImpactMapService map;

    @Autowired
    AuditTrail audit;

    @Autowired
    RoleService roles;

    @Autowired
    GateService gates;

    long id;

    @BeforeEach
    void setUp() {
        id = fixture.partnership();
    }

    @Test
    void aNewAnalysisTakesTheGuidesSettingsAndIsCalculatedAsRowsAreAdded() {
        long a = fixture.workedExample(id, AnalysisType.FORECAST);

        var view = sroi.analysis(id, a, fixture.fiona());
        assertThat(view.settings()).isEqualTo(Settings.guide());
        assertThat(view.status()).isEqualTo(AnalysisStatus.DRAFT);
        assertThat(view.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(1);
            assertThat(r.proxySource()).isEqualTo("Unit Costs of Health and Social Care 2023");
            assertThat(r.proxyBaseYear()).isEqualTo(2023);
        });
        // 10 x 100 x 0.9 x 0.8 = 720 in year 1, 360 in year 2: 720 / 1.035 + 360 / 1.035^2 = 1,031.716...
        assertThat(view.lastCalculation().presentValue())
                .isBetween(new BigDecimal("1031.71"), new BigDecimal("1031.72"));
        assertThat(sroi.analyses(id, fixture.sam()))
                .singleElement()
                .satisfies(s -> assertThat(SroiDisplay.ratio(s.ratio())).isEqualTo("£1.03 : £1"));
        assertThat(audit.forSubject(SroiService.SUBJECT, a))
                .extracting(AuditEvent::action)
                .containsExactly("sroi.audit.rowAdded", "sroi.audit.inputAdded", "sroi.audit.started");
    }

    @Test
    void aBadRowGetsAMessagePerFieldNamingTheRowAndNothingIsSaved() {
        long a = fixture.workedExample(id, AnalysisType.FORECAST);
        var bad = new RowDetails(
                " ",
                "Outcome",
                "Indicator",
                QuantitySource.ENTERED,
                null,
                new BigDecimal("-3"),
                0,
                new BigDecimal("-1"),
                null,
                null,
                " ",
                1800,
                new BigDecimal("120"),
                new BigDecimal("-1"),
                null,
                new BigDecimal("100.5"));

        assertThatThrownBy(() -> map.addRow(id, a, fixture.version(id, a), bad, fixture.fiona()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(English.of(e.fieldErrors()))
                                .containsOnly(
                                        entry("rows[1].stakeholder", "Row 2: enter the stakeholder"),
                                        entry("rows[1].quantity", "Row 2: quantity must be 0 or more"),
                                        entry(
                                                "rows[1].durationYears",
                                                "Row 2: duration must be between 1 and 50 years"),
                                        entry("rows[1].proxyValue", "Row 2: financial proxy value must be 0 or more"),
                                        entry("rows[1].proxySource", "Row 2: enter the source of the financial proxy"),
                                        entry("rows[1].proxyBaseYear", "Row 2: base year must be a year like 2025"),
                                        entry("rows[1].deadweight", "Row 2: deadweight must be between 0 and 100%"),
                                        entry("rows[1].displacement", "Row 2: displacement must be between 0 and 100%"),
                                        entry("rows[1].attribution", "Row 2: enter the attribution as a percentage"),
                                        entry("rows[1].dropOff", "Row 2: drop-off must be between 0 and 100%")));
        assertThatThrownBy(() -> map.addRow(
                        id,
                        a,
                        fixture.version(id, a),
                        SroiFixture.row("1", "1", "0", "0", "0", "0", 51),
                        fixture.fiona()))
                .satisfies(
                        e -> assertThat(Refusals.words(e)).isEqualTo("Row 2: duration must be between 1 and 50 years"));

        assertThat(sroi.analysis(id, a, fixture.fiona()).rows()).hasSize(1);
    }

    @Test
    void replacingTheImpactMapIsAllOrNothing() {
        long a = fixture.workedExample(id, AnalysisType.FORECAST);
        var good = SroiFixture.row("5", "200", "0", "0", "0", "0", 1);
        var noSource = new RowDetails(
                "Carers",
                "Wellbeing",
                "Carers",
                QuantitySource.ENTERED,
                null,
                BigDecimal.ONE,
                1,
                BigDecimal.TEN,
                null,
                null,
                null,
                null,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO);

        assertThatThrownBy(() ->
                        map.replaceRows(id, a, fixture.version(id, a), List.of(good, good, noSource), fixture.fiona()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(English.of(e.fieldErrors()))
                                .containsOnly(entry(
                                        "rows[2].proxySource", "Row 3: enter the source of the financial proxy")));
        assertThat(sroi.analysis(id, a, fixture.fiona()).rows())
                .singleElement()
                .satisfies(r -> assertThat(r.quantity()).isEqualByComparingTo("10"));

        map.replaceRows(id, a, fixture.version(id, a), List.of(good, good), fixture.fiona());
        assertThat(sroi.analysis(id, a, fixture.fiona()).rows()).hasSize(2);
    }

    @Test
    void badInputsAndDetailsAreRefusedWithTheirMessages() {
        long a = fixture.analysis(id, AnalysisType.FORECAST);
        assertThatThrownBy(() -> map.addInput(
                        id,
                        a,
                        fixture.version(id, a),
                        new InputDetails("", null, new BigDecimal("-5"), null),
                        fixture.fiona()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(English.of(e.fieldErrors()))
                                .containsOnly(
                                        entry("inputs[0].stakeholder", "Input 1: enter who made the investment"),
                                        entry("inputs[0].cash", "Input 1: cash amount must be 0 or more"),
                                        entry("inputs[0].inKind", "Input 1: enter the in-kind value")));
        var backwards = AnalysisDetails.of("", null, SroiFixture.TO, SroiFixture.FROM);
        assertThatThrownBy(() -> sroi.create(id, backwards, fixture.fiona()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(English.of(e.fieldErrors()))
                                .containsOnly(
                                        entry("title", "Enter a title"),
                                        entry("kind", "Choose forecast or evaluative"),
                                        entry("periodTo", "The period must end after it starts")));
        var view = sroi.analysis(id, a, fixture.fiona());
        var settings = new AnalysisDetails(
                view.title(),
                view.kind(),
                view.periodFrom(),
                view.periodTo(),
                new BigDecimal("101"),
                true,
                DeductionMethod.ADDED,
                DropOffMethod.STRAIGHT_LINE);
        assertThatThrownBy(() -> sroi.update(id, a, view.version(), settings, fixture.fiona()))
                .satisfies(e -> assertThat(Refusals.words(e)).isEqualTo("Discount rate must be between 0 and 100%"));
        assertThat(sroi.analysis(id, a, fixture.fiona()).inputs()).isEmpty();
    }

    @Test
    void settingsChangeTheResultAndAStaleVersionIsRefused() {
        long a = fixture.workedExample(id, AnalysisType.FORECAST);
        var view = sroi.analysis(id, a, fixture.fiona());
        var added = new AnalysisDetails(
                view.title(),
                view.kind(),
                view.periodFrom(),
                view.periodTo(),
                BigDecimal.ZERO,
                false,
                DeductionMethod.ADDED,
                DropOffMethod.STRAIGHT_LINE);

        var changed = sroi.update(id, a, view.version(), added, fixture.fiona());

        // 10 x 100 x (1 - 0.3) = 700, then 700 x (1 - 0.5) = 350, undiscounted: 1,050
        assertThat(changed.lastCalculation().presentValue()).isEqualByComparingTo("1050");
        assertThatThrownBy(() -> sroi.update(id, a, view.version(), added, fixture.fiona()))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(audit.forSubject(SroiService.SUBJECT, a).get(0).changes())
                .contains(
                        "sroi.audit.discountRate: 3.5 -> 0",
                        "sroi.audit.deductions: sroi.deductionMethod.MULTIPLIED -> sroi.deductionMethod.ADDED");
    }

    @Test
    void observersReadMembersWithoutAnAnalysisRoleAreRefusedOutsidersSeeNothing() {
        long a = fixture.workedExample(id, AnalysisType.FORECAST);
        var sam = fixture.sam();
        var david = fixture.david();
        var iain = fixture.users.current(DemoUsers.IAIN);

        assertThat(sroi.analysis(id, a, sam).editable()).isFalse();
        assertThat(sroi.calculation(id, a, null, sam).result().presentValue()).isPositive();
        assertThatThrownBy(() -> map.addRow(
                        id, a, fixture.version(id, a), SroiFixture.row("1", "1", "0", "0", "0", "0", 1), sam))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> sroi.create(
                        id, AnalysisDetails.of("x", AnalysisType.FORECAST, SroiFixture.FROM, SroiFixture.TO), david))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> sroi.analysis(id, a, iain)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> sroi.analyses(id, iain)).isInstanceOf(NotFoundException.class);

        roles.assign(
                id,
                new scot.cairn.governance.AssignmentDetails(Role.ANALYST, DemoUsers.DAVID, BigDecimal.ONE),
                fixture.fiona());
        assertThat(sroi.analysis(id, a, david).editable()).isTrue();
        map.addInput(id, a, fixture.version(id, a), SroiFixture.input("Falkirk CVS", "0", "500"), david);
        assertThat(sroi.analysis(id, a, david).inputs()).hasSize(2);
    }

    @Test
    void boardMembersFromBothSectorsApproveAndTheAnalysisIsThenLocked() {
        long a = fixture.workedExample(id, AnalysisType.FORECAST);
        assertThatThrownBy(() ->
                        sroi.approve(id, a, sroi.analysis(id, a, fixture.sam()).version(), fixture.sam()))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage(PartnershipScope.OBSERVERS_READ);

        var afterFiona =
                sroi.approve(id, a, sroi.analysis(id, a, fixture.fiona()).version(), fixture.fiona());
        assertThat(afterFiona.status()).isEqualTo(AnalysisStatus.DRAFT);
        assertThat(afterFiona.viewerHasApproved()).isTrue();
        assertThatThrownBy(() -> sroi.approve(
                        id, a, sroi.analysis(id, a, fixture.fiona()).version(), fixture.fiona()))
                .satisfies(e -> assertThat(Refusals.words(e)).isEqualTo("You have already approved this analysis"));
        var approved = sroi.approve(id, a, sroi.analysis(id, a, fixture.david()).version(), fixture.david());

        assertThat(approved.status()).isEqualTo(AnalysisStatus.APPROVED);
        assertThat(approved.approvals()).extracting(x -> x.name()).containsExactly("Fiona Reid", "David Kerr");
        assertThat(approved.editable()).isFalse();
        assertThatThrownBy(() -> map.addRow(
                        id,
                        a,
                        fixture.version(id, a),
                        SroiFixture.row("1", "1", "0", "0", "0", "0", 1),
                        fixture.fiona()))
                .satisfies(e -> assertThat(Refusals.words(e)).isEqualTo(English.of(Message.of(SroiAnalysis.LOCKED))));
        assertThatThrownBy(() -> sroi.recalculate(id, a, fixture.fiona()))
                .satisfies(e -> assertThat(Refusals.words(e)).isEqualTo(English.of(Message.of(SroiAnalysis.LOCKED))));
        assertThat(audit.forSubject(SroiService.SUBJECT, a).get(0).changes())
                .contains(
                        "sroi.audit.approvedBy: (none) -> David Kerr",
                        "sroi.audit.sector: (none) -> directory.sector.THIRD",
                        "sroi.audit.status: sroi.analysisStatus.DRAFT -> sroi.analysisStatus.APPROVED");

        var copy = sroi.copy(id, a, fixture.fiona());
        assertThat(copy.status()).isEqualTo(AnalysisStatus.DRAFT);
        assertThat(copy.title()).startsWith("Copy of ");
        assertThat(copy.rows()).hasSize(1);
        assertThat(copy.approvals()).isEmpty();
        assertThat(copy.editable()).isTrue();
    }

    @Test
    void aChangeAfterOneApprovalWithdrawsItAndAnEmptyMapCannotBeApproved() {
        long empty = fixture.analysis(id, AnalysisType.FORECAST);
        assertThatThrownBy(() -> sroi.approve(
                        id, empty, sroi.analysis(id, empty, fixture.fiona()).version(), fixture.fiona()))
                .satisfies(e ->
                        assertThat(Refusals.words(e)).contains("Add at least one impact-map row before approving"));

        long a = fixture.workedExample(id, AnalysisType.FORECAST);
        sroi.approve(id, a, sroi.analysis(id, a, fixture.fiona()).version(), fixture.fiona());
        map.addInput(id, a, fixture.version(id, a), SroiFixture.input("Falkirk CVS", "100", "0"), fixture.fiona());
        assertThat(sroi.analysis(id, a, fixture.fiona()).approvals()).isEmpty();
    }

    @Test
    void leavingDesignNeedsAnApprovedForecast() {
        fixture.governance().toDesign(id);
        long evaluative = fixture.workedExample(id, AnalysisType.EVALUATIVE);
        sroi.approve(
                id, evaluative, sroi.analysis(id, evaluative, fixture.fiona()).version(), fixture.fiona());
        sroi.approve(
                id, evaluative, sroi.analysis(id, evaluative, fixture.david()).version(), fixture.david());
        assertThat(criterion()).satisfies(c -> assertThat(c.met()).isFalse());

        long forecast = fixture.workedExample(id, AnalysisType.FORECAST);
        sroi.approve(id, forecast, sroi.analysis(id, forecast, fixture.fiona()).version(), fixture.fiona());
        assertThat(criterion().met()).isFalse();
        sroi.approve(id, forecast, sroi.analysis(id, forecast, fixture.david()).version(), fixture.david());
        assertThat(criterion().met()).isTrue();
    }

    @Test
    void quantitiesComeFromApprovedMeasurementsAndAChangeMakesTheAnalysisOutOfDate() {
        long indicator = fixture.indicator(id);
        var q1 = Period.ofQuarter(2025, 1);
        fixture.approvedValue(id, indicator, q1, "10");
        fixture.approvedValue(id, indicator, q1.next(), "12");
        fixture.enter(id, indicator, q1.next().next(), "99"); // not approved: does not count
        fixture.approvedValue(id, indicator, Period.ofQuarter(2026, 1), "50"); // outside the period
        long a = fixture.analysis(id, AnalysisType.EVALUATIVE);
        map.addInput(id, a, fixture.version(id, a), SroiFixture.input("Falkirk Council", "1000", "0"), fixture.fiona());
        map.addRow(
                id, a, fixture.version(id, a), fromIndicator(indicator, QuantitySource.INDICATOR_SUM), fixture.fiona());
        map.addRow(
                id,
                a,
                fixture.version(id, a),
                fromIndicator(indicator, QuantitySource.INDICATOR_LATEST),
                fixture.fiona());

        var view = sroi.analysis(id, a, fixture.fiona());
        assertThat(view.rows()).extracting(r -> r.quantity().intValue()).containsExactly(22, 12);
        assertThat(view.rows().get(0).indicator()).startsWith("Placements");
        assertThat(view.outOfDate()).isFalse();

        fixture.enter(id, indicator, q1, "15"); // a correction to an approved value: the board approves again
        assertThat(sroi.analysis(id, a, fixture.fiona()).outOfDate()).isTrue();
        assertThat(sroi.analyses(id, fixture.sam()))
                .singleElement()
                .satisfies(s -> assertThat(s.outOfDate()).isTrue());
        var before = sroi.analysis(id, a, fixture.fiona()).lastCalculation().presentValue();
        assertThat(sroi.recalculate(id, a, fixture.fiona()).rows())
                .as("until the board approves the correction, the quarter's values count for nothing")
                .extracting(r -> r.quantity().intValue())
                .containsExactly(12, 12);

        fixture.approveJointly(id, q1);
        assertThat(sroi.analysis(id, a, fixture.fiona()).outOfDate()).isTrue();
        var recalculated = sroi.recalculate(id, a, fixture.fiona());

        assertThat(recalculated.outOfDate()).isFalse();
        assertThat(recalculated.rows()).extracting(r -> r.quantity().intValue()).containsExactly(27, 12);
        assertThat(recalculated.lastCalculation().presentValue()).isGreaterThan(before);
        assertThat(audit.forSubject(SroiService.SUBJECT, a).get(0).action()).isEqualTo("sroi.audit.recalculated");
    }

    @Test
    void theDemoFosterCarePspHasAnApprovedForecastAndAnEvaluationFromItsMeasurements() {
        long falkirk = fixture.governance().fosterCare();
        var analyses = sroi.analyses(falkirk, fixture.sam());
        assertThat(analyses)
                .extracting(SroiSummary::title, SroiSummary::kind, SroiSummary::status)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(
                                "Forecast for the pilot year", AnalysisType.FORECAST, AnalysisStatus.APPROVED),
                        org.assertj.core.groups.Tuple.tuple(
                                "Evaluation of the last four quarters", AnalysisType.EVALUATIVE, AnalysisStatus.DRAFT));
        assertThat(analyses).allSatisfy(a -> assertThat(a.ratio()).isGreaterThan(BigDecimal.ONE));
        long evaluation = analyses.stream()
                .filter(a -> a.kind() == AnalysisType.EVALUATIVE)
                .findFirst()
                .orElseThrow()
                .id();
        var rows = sroi.analysis(falkirk, evaluation, fixture.sam()).rows();
        assertThat(rows)
                .filteredOn(r -> r.quantitySource().fromIndicator())
                .extracting(r -> r.quantity().intValue())
                .containsExactly(45, 54);
        assertThat(rows).allSatisfy(r -> assertThat(r.proxySource()).isNotBlank());
    }

    private static RowDetails fromIndicator(long indicator, QuantitySource source) {
        return new RowDetails(
                "Children",
                "Stable placements",
                null,
                source,
                indicator,
                null,
                1,
                new BigDecimal("100"),
                null,
                null,
                "Unit costs",
                null,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO,
                BigDecimal.ZERO);
    }

    private scot.cairn.partnership.CriterionResult criterion() {
        return gates.gate(id, fixture.fiona()).criteria().stream()
                .filter(c -> c.criterion().equals("An approved forecast SROI"))
                .findFirst()
                .orElseThrow();
    }
}
