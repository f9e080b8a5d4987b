package scot.cairn.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.Direction;
import scot.cairn.outcome.FrameworkService;
import scot.cairn.outcome.Frequency;
import scot.cairn.outcome.IndicatorDetails;
import scot.cairn.outcome.Measure;
import scot.cairn.outcome.MeasurementService;
import scot.cairn.outcome.OutcomeDetails;
import scot.cairn.outcome.Period;
import scot.cairn.outcome.StakeholderDetails;

/**
 * The Falkirk foster-care PSP's outcome framework (children in foster care and foster carers) and four quarters of
 * measurements up to the last full quarter, entered by the third-sector member (the analyst) through the same services
 * as the pages, signed off by the board, with its sustainability evidence.
 */
@Component
class DemoOutcomes {

    private final FrameworkService frameworks;
    private final MeasurementService measurements;
    private final Clock clock;
    private final DemoEvidence evidence;

    DemoOutcomes(FrameworkService frameworks, MeasurementService measurements, Clock clock, DemoEvidence evidence) {
        this.frameworks = frameworks;
        this.measurements = measurements;
        this.clock = clock;
        this.evidence = evidence;
    }

    void fosterCare(long id, CurrentUser manager, CurrentUser member) {
        long children = frameworks.addStakeholder(
                id,
                new StakeholderDetails("Children in foster care", "Children placed with Falkirk foster carers"),
                manager);
        long carers = frameworks.addStakeholder(
                id, new StakeholderDetails("Foster carers", "Approved carers with Falkirk providers"), manager);
        long stable = frameworks.addOutcome(
                id, new OutcomeDetails(children, "Children stay in a stable placement", null), manager);
        long school = frameworks.addOutcome(
                id, new OutcomeDetails(children, "Children attend school regularly", null), manager);
        long retained =
                frameworks.addOutcome(id, new OutcomeDetails(carers, "Carers stay with the service", null), manager);
        var lasting = indicator(
                id,
                stable,
                "Placements lasting 12 months or more",
                "placements",
                Direction.HIGHER_IS_BETTER,
                "38",
                "45",
                Measure.COUNT,
                manager);
        var breakdowns = indicator(
                id,
                stable,
                "Unplanned placement endings",
                "endings",
                Direction.LOWER_IS_BETTER,
                "9",
                "5",
                Measure.COUNT,
                manager);
        var attendance = indicator(
                id,
                school,
                "School attendance of children in placement",
                "per cent",
                Direction.HIGHER_IS_BETTER,
                "86",
                "92",
                Measure.OTHER,
                manager);
        var kept = indicator(
                id,
                retained,
                "Carers retained",
                "carers",
                Direction.HIGHER_IS_BETTER,
                "52",
                "55",
                Measure.PEOPLE,
                manager);
        var values = List.of(
                Map.of(lasting, "39", breakdowns, "8", attendance, "87.5", kept, "52"),
                Map.of(lasting, "41", breakdowns, "7", attendance, "88", kept, "53"),
                Map.of(lasting, "42", breakdowns, "7", attendance, "89.5", kept, "53"),
                Map.of(lasting, "45", breakdowns, "5", attendance, "92", kept, "54"));
        var period = Period.quarterOf(LocalDate.now(clock))
                .previous()
                .previous()
                .previous()
                .previous();
        var quarters = new java.util.ArrayList<Period>();
        for (var quarter : values) {
            measurements.saveGrid(id, period, quarter, member);
            quarters.add(period);
            period = period.next();
        }
        evidence.signOff(id, quarters, lasting, "38", member, manager);
        evidence.fosterCareSustainability(id, manager);
    }

    private long indicator(
            long id,
            long outcome,
            String name,
            String unit,
            Direction direction,
            String baseline,
            String target,
            Measure measure,
            CurrentUser manager) {
        return frameworks.addIndicator(
                id,
                new IndicatorDetails(
                        outcome,
                        name,
                        null,
                        unit,
                        direction,
                        new BigDecimal(baseline),
                        new BigDecimal(target),
                        Frequency.QUARTERLY,
                        "Falkirk Council placements records",
                        measure),
                manager);
    }
}
