package scot.cairn.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.MemberDetails;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.MeasurementService;
import scot.cairn.outcome.Period;
import scot.cairn.outcome.SignoffService;
import scot.cairn.sroi.AnalysisDetails;
import scot.cairn.sroi.AnalysisType;
import scot.cairn.sroi.ImpactMapService;
import scot.cairn.sroi.InputDetails;
import scot.cairn.sroi.QuantitySource;
import scot.cairn.sroi.RowDetails;
import scot.cairn.sroi.SroiService;

/**
 * SROI analyses for the demo: the Falkirk foster-care PSP's approved forecast and an evaluative analysis whose
 * quantities come from its approved measurements, and a small approved forecast for each of the ten pilots (which
 * the Design to Pilot gate needs), all made through the same services as the pages. Five collaborators, as sign-off
 * needs both the measurement grid (to see what is signed off) and the sign-off service.
 */
@Component
class DemoSroi {

    private final SroiService sroi;
    private final ImpactMapService map;
    private final GroupService groups;
    private final SignoffService signoffs;
    private final DemoEvidence evidence;
    private final MeasurementService measurements;
    private final DemoReviews reviews;

    DemoSroi(
            SroiService sroi,
            ImpactMapService map,
            GroupService groups,
            SignoffService signoffs,
            MeasurementService measurements,
            DemoReviews reviews,
            DemoEvidence evidence) {
        this.sroi = sroi;
        this.map = map;
        this.groups = groups;
        this.signoffs = signoffs;
        this.measurements = measurements;
        this.reviews = reviews;
        this.evidence = evidence;
    }

    /** The forecast for the pilot year (approved by council and CVS) and an evaluation of the last four quarters. */
    void fosterCare(long id, CurrentUser manager, CurrentUser member, LocalDate pilotStart) {
        long forecast = sroi.create(
                        id,
                        AnalysisDetails.of(
                                "Forecast for the pilot year",
                                AnalysisType.FORECAST,
                                pilotStart,
                                pilotStart.plusYears(1).minusDays(1)),
                        manager)
                .id();
        input(id, forecast, "Falkirk Council", "Pilot funding for placement support", "180000", "25000", manager);
        input(id, forecast, "Falkirk CVS", "Coordination and carer recruitment", "20000", "15000", manager);
        input(id, forecast, "Foster carers", "Time given to training and peer support", "0", "12000", manager);
        row(
                id,
                forecast,
                manager,
                entered(
                        "Falkirk Council",
                        "Fewer children placed in residential care",
                        "Residential placements avoided",
                        "4",
                        2,
                        "150000",
                        "Yearly cost of a residential placement less a foster placement",
                        "per child per year",
                        "Unit Cost Database, Greater Manchester Combined Authority (looked-after children)",
                        2023,
                        "25",
                        "0",
                        "20",
                        "30"));
        row(
                id,
                forecast,
                manager,
                entered(
                        "Children in foster care",
                        "Children stay in a stable placement",
                        "Placements lasting 12 months or more",
                        "6",
                        3,
                        "8000",
                        "A year of emotional and mental health support avoided",
                        "per child per year",
                        "Unit Costs of Health and Social Care 2023, PSSRU",
                        2023,
                        "30",
                        "0",
                        "25",
                        "20"));
        row(
                id,
                forecast,
                manager,
                entered(
                        "Children in foster care",
                        "Children attend school regularly",
                        "School attendance of children in placement",
                        "10",
                        1,
                        "1200",
                        "A year of additional support for learning avoided",
                        "per child per year",
                        "Scottish Government, Pupil Equity Funding allocation per pupil, 2024-25",
                        2024,
                        "40",
                        "0",
                        "30",
                        "0"));
        row(
                id,
                forecast,
                manager,
                entered(
                        "Foster carers",
                        "Carers stay with the service",
                        "Carers retained",
                        "5",
                        1,
                        "12000",
                        "Cost of recruiting, assessing and training a new foster carer",
                        "per carer",
                        "The Fostering Network, the cost of recruiting a foster carer",
                        2022,
                        "50",
                        "0",
                        "20",
                        "0"));
        row(
                id,
                forecast,
                manager,
                entered(
                        "Foster carers",
                        "Carers feel supported",
                        "Carers reporting good wellbeing",
                        "20",
                        2,
                        "1500",
                        "Wellbeing gain valued in WELLBYs",
                        "per carer per year",
                        "HM Treasury Green Book supplementary guidance: wellbeing (2021)",
                        2021,
                        "30",
                        "0",
                        "30",
                        "50"));
        approve(id, forecast, manager);
        approve(id, forecast, member);

        var first = signOffLastFourQuarters(id, manager, member);
        long evaluation = sroi.create(
                        id,
                        AnalysisDetails.of(
                                "Evaluation of the last four quarters",
                                AnalysisType.EVALUATIVE,
                                first.start(),
                                first.next().next().next().end()),
                        manager)
                .id();
        input(id, evaluation, "Falkirk Council", "Placement support", "150000", "20000", manager);
        input(id, evaluation, "Falkirk CVS", "Coordination and carer recruitment", "18000", "12000", manager);
        var indicators = sroi.indicators(id, manager);
        row(
                id,
                evaluation,
                manager,
                measured(
                        "Children in foster care",
                        "Children stay in a stable placement",
                        indicatorId(indicators, "Placements lasting 12 months or more"),
                        3,
                        "8000",
                        "A year of emotional and mental health support avoided",
                        "Unit Costs of Health and Social Care 2023," + " PSSRU",
                        2023,
                        "85",
                        "25",
                        "20"));
        row(
                id,
                evaluation,
                manager,
                measured(
                        "Foster carers",
                        "Carers stay with the service",
                        indicatorId(indicators, "Carers retained"),
                        1,
                        "12000",
                        "Cost of recruiting, assessing and training a new foster carer",
                        "The Fostering Network, the cost of recruiting a foster carer",
                        2022,
                        "90",
                        "20",
                        "0"));
        row(
                id,
                evaluation,
                manager,
                entered(
                        "Falkirk Council",
                        "Fewer children placed in residential care",
                        "Residential placements avoided",
                        "2",
                        2,
                        "150000",
                        "Yearly cost of a residential placement less a foster placement",
                        "per child per year",
                        "Unit Cost Database, Greater Manchester Combined Authority (looked-after children)",
                        2023,
                        "25",
                        "0",
                        "20",
                        "30"));
        reviews.fosterCare(
                id,
                manager,
                member,
                forecast,
                evaluation,
                Period.quarterOf(first.next().next().next().end()));
    }

    /** A small forecast for a pilot, approved by the two partners on the board (made if the pilot has none yet). */
    void pilotForecast(long id, CurrentUser owner, CurrentUser commissioner, CurrentUser provider) {
        pilotForecast(id, owner, commissioner, provider, LocalDate.of(2010, 7, 1), LocalDate.of(2011, 6, 30));
    }

    /** The same forecast for a pilot that runs from {@code start} to {@code end}. */
    void pilotForecast(
            long id,
            CurrentUser owner,
            CurrentUser commissioner,
            CurrentUser provider,
            LocalDate start,
            LocalDate end) {
        board(id, owner, commissioner, provider);
        long forecast = sroi.create(
                        id, AnalysisDetails.of("Forecast for the pilot", AnalysisType.FORECAST, start, end), owner)
                .id();
        input(id, forecast, "Public partner", "Pilot funding", "100000", "0", owner);
        input(id, forecast, "Third-sector partner", "Staff and volunteer time", "0", "20000", owner);
        row(
                id,
                forecast,
                owner,
                entered(
                        "People using the service",
                        "More independence and wellbeing",
                        "People supported",
                        "25",
                        2,
                        "4000",
                        "A year of day services avoided",
                        "per person per year",
                        "Unit Costs of Health and Social Care 2009, PSSRU",
                        2009,
                        "25",
                        "0",
                        "20",
                        "20"));
        approve(id, forecast, commissioner);
        approve(id, forecast, provider);
    }

    private void approve(long id, long analysis, CurrentUser who) {
        sroi.approve(id, analysis, sroi.analysis(id, analysis, who).version(), who);
    }

    private void board(long id, CurrentUser owner, CurrentUser... members) {
        var board = groups.groups(id, owner).stream()
                .filter(g -> g.kind() == GroupKind.BOARD)
                .findFirst()
                .orElseGet(() -> groups.create(id, GroupKind.BOARD, owner));
        for (var person : members) {
            if (board.members().stream().noneMatch(m -> m.personId() == person.personId())) {
                groups.addMember(id, board.id(), MemberDetails.of(person.email(), false), owner);
            }
        }
    }

    /** Submits (by the member) and approves (by the manager) the four quarters before this one; answers the first. */
    private Period signOffLastFourQuarters(long id, CurrentUser manager, CurrentUser member) {
        var first = Period.quarterOf(LocalDate.now())
                .previous()
                .previous()
                .previous()
                .previous();
        var period = first;
        for (int i = 0; i < 4; i++) {
            var signoff = measurements.grid(id, period, manager).signoff();
            if (signoff == null) {
                signoffs.submit(id, period, member);
            }
            evidence.approveJointly(id, period, manager, member);
            period = period.next();
        }
        return first;
    }

    private void input(
            long id, long analysisId, String who, String what, String cash, String inKind, CurrentUser user) {
        map.addInput(
                id,
                analysisId,
                version(id, analysisId, user),
                new InputDetails(who, what, new BigDecimal(cash), new BigDecimal(inKind)),
                user);
    }

    private void row(long id, long analysisId, CurrentUser user, RowDetails row) {
        map.addRow(id, analysisId, version(id, analysisId, user), row, user);
    }

    private int version(long id, long analysisId, CurrentUser user) {
        return sroi.analysis(id, analysisId, user).version();
    }

    private static RowDetails entered(
            String stakeholder,
            String outcome,
            String indicator,
            String quantity,
            int years,
            String proxy,
            String description,
            String unit,
            String source,
            int baseYear,
            String deadweight,
            String displacement,
            String attribution,
            String dropOff) {
        return new RowDetails(
                stakeholder,
                outcome,
                indicator,
                QuantitySource.ENTERED,
                null,
                new BigDecimal(quantity),
                years,
                new BigDecimal(proxy),
                description,
                unit,
                source,
                baseYear,
                new BigDecimal(deadweight),
                new BigDecimal(displacement),
                new BigDecimal(attribution),
                new BigDecimal(dropOff));
    }

    private static RowDetails measured(
            String stakeholder,
            String outcome,
            long indicatorId,
            int years,
            String proxy,
            String description,
            String source,
            int baseYear,
            String deadweight,
            String attribution,
            String dropOff) {
        return new RowDetails(
                stakeholder,
                outcome,
                null,
                QuantitySource.INDICATOR_LATEST,
                indicatorId,
                null,
                years,
                new BigDecimal(proxy),
                description,
                null,
                source,
                baseYear,
                new BigDecimal(deadweight),
                BigDecimal.ZERO,
                new BigDecimal(attribution),
                new BigDecimal(dropOff));
    }

    private static long indicatorId(List<scot.cairn.outcome.ApprovedMeasurements.IndicatorChoice> all, String name) {
        return all.stream()
                .filter(i -> i.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
    }
}
