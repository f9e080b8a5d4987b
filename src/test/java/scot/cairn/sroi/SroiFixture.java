package scot.cairn.sroi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestComponent;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.MemberDetails;
import scot.cairn.outcome.Direction;
import scot.cairn.outcome.FrameworkService;
import scot.cairn.outcome.Frequency;
import scot.cairn.outcome.IndicatorDetails;
import scot.cairn.outcome.MeasurementService;
import scot.cairn.outcome.OutcomeDetails;
import scot.cairn.outcome.Period;
import scot.cairn.outcome.SignoffService;
import scot.cairn.outcome.StakeholderDetails;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/**
 * Builds what the SROI tests change: a fresh partnership managed by Fiona (Falkirk Council) with David (Falkirk CVS)
 * as member, Sam as observer, and a board of Fiona and David; analyses, rows and approved measurements.
 */
@TestComponent
public class SroiFixture {

    @Autowired
    scot.cairn.partnership.PartnershipService partnerships;

    public static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    public static final LocalDate TO = LocalDate.of(2025, 12, 31);

    @Autowired
    public DemoUsers users;

    @Autowired
    public SroiService sroi;

    @Autowired
    public ImpactMapService map;

    @Autowired
    MembershipService membership;

    @Autowired
    GroupService groups;

    @Autowired
    FrameworkService frameworks;

    @Autowired
    MeasurementService measurements;

    @Autowired
    SignoffService signoffs;

    @Autowired
    GovernanceFixture governanceFixture;

    public GovernanceFixture governance() {
        return governanceFixture;
    }

    /** A new partnership (Explore) with Fiona and David on its board and Sam as observer. */
    public long partnership() {
        var fiona = users.current(DemoUsers.FIONA);
        long id = governance().newPartnership();
        membership.setMember(id, DemoUsers.SAM, MemberRole.OBSERVER, fiona);
        var board = groups.create(id, GroupKind.BOARD, fiona);
        groups.addMember(id, board.id(), MemberDetails.of(DemoUsers.FIONA, false), fiona);
        groups.addMember(id, board.id(), MemberDetails.of(DemoUsers.DAVID, false), fiona);
        return id;
    }

    public long analysis(long id, AnalysisType kind) {
        return sroi.create(id, AnalysisDetails.of(Unique.name("Analysis"), kind, FROM, TO), fiona())
                .id();
    }

    /** An analysis with the worked example: £1,000 cash in; 10 x £100, deadweight 10%, attribution 20%, 2 years. */
    public long workedExample(long id, AnalysisType kind) {
        long a = analysis(id, kind);
        map.addInput(id, a, version(id, a), input("Falkirk Council", "1000", "0"), fiona());
        map.addRow(id, a, version(id, a), row("10", "100", "10", "0", "20", "50", 2), fiona());
        return a;
    }

    /** Fiona (public sector) and David (third sector) approve the analysis as they read it, so it is approved. */
    public void approveJointly(long id, long analysisId) {
        for (var who : java.util.List.of(fiona(), david())) {
            sroi.approve(id, analysisId, sroi.analysis(id, analysisId, who).version(), who);
        }
    }

    /** The analysis's version as it is now, for changes that must say which version they were based on. */
    public int version(long id, long analysisId) {
        return sroi.analysis(id, analysisId, fiona()).version();
    }

    public static InputDetails input(String who, String cash, String inKind) {
        return new InputDetails(who, "Funding", new BigDecimal(cash), new BigDecimal(inKind));
    }

    public static RowDetails row(
            String quantity,
            String proxy,
            String deadweight,
            String displacement,
            String attribution,
            String dropOff,
            Integer years) {
        return new RowDetails(
                "Children in foster care",
                "Stable placements",
                "Placements lasting a year",
                QuantitySource.ENTERED,
                null,
                quantity == null ? null : new BigDecimal(quantity),
                years,
                proxy == null ? null : new BigDecimal(proxy),
                "Support avoided",
                "per child per year",
                "Unit Costs of Health and Social Care 2023",
                2023,
                deadweight == null ? null : new BigDecimal(deadweight),
                displacement == null ? null : new BigDecimal(displacement),
                attribution == null ? null : new BigDecimal(attribution),
                dropOff == null ? null : new BigDecimal(dropOff));
    }

    /** A quarterly indicator of the partnership, with a framework around it. */
    public long indicator(long id) {
        var fiona = fiona();
        long group = frameworks.addStakeholder(id, new StakeholderDetails(Unique.name("Children"), null), fiona);
        long outcome = frameworks.addOutcome(id, new OutcomeDetails(group, Unique.name("Stable"), null), fiona);
        return frameworks.addIndicator(
                id,
                new IndicatorDetails(
                        outcome,
                        Unique.name("Placements"),
                        null,
                        "placements",
                        Direction.HIGHER_IS_BETTER,
                        null,
                        null,
                        Frequency.QUARTERLY,
                        null,
                        null),
                fiona);
    }

    /**
     * Enters a value (as Fiona, the manager), submits the quarter unless it is already, and has the board approve it:
     * Fiona for the public sector and David for the third. A changed value in an approved quarter is approved again.
     */
    public void approvedValue(long id, long indicator, Period period, String value) {
        measurements.saveGrid(id, period, Map.of(indicator, value), fiona());
        if (measurements.grid(id, period, fiona()).signoff() == null) {
            signoffs.submit(id, period, fiona());
        }
        approveJointly(id, period);
    }

    /** Fiona and David approve the submitted period, as far as it still needs them. */
    public void approveJointly(long id, Period period) {
        for (var who : java.util.List.of(fiona(), david())) {
            var signoff = signoffs.signoff(id, period, who).orElseThrow();
            if (!signoff.approved() && signoff.approvals().stream().noneMatch(a -> a.personId() == who.personId())) {
                signoffs.approve(id, period, signoff.version(), who);
            }
        }
    }

    public void enter(long id, long indicator, Period period, String value) {
        measurements.saveGrid(id, period, Map.of(indicator, value), fiona());
    }

    /** Records one value the way the API and a form of one row do (rather than through the period's grid). */
    public void record(long id, long indicator, Period period, String value) {
        String name = frameworks.framework(id, fiona()).stakeholders().stream()
                .flatMap(s -> s.outcomes().stream())
                .flatMap(o -> o.indicators().stream())
                .filter(i -> i.id() == indicator)
                .findFirst()
                .orElseThrow()
                .name();
        measurements.record(
                id, new scot.cairn.outcome.MeasurementRow(name, period.toString(), value, null, null, null), fiona());
    }

    public scot.cairn.identity.CurrentUser fiona() {
        return users.current(DemoUsers.FIONA);
    }

    public scot.cairn.identity.CurrentUser david() {
        return users.current(DemoUsers.DAVID);
    }

    public scot.cairn.identity.CurrentUser sam() {
        return users.current(DemoUsers.SAM);
    }
}
