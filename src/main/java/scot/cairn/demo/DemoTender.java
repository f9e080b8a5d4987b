package scot.cairn.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.Role;
import scot.cairn.tendering.ConflictRisk;
import scot.cairn.tendering.DeclarationDetails;
import scot.cairn.tendering.DeclarationDetails.InterestDetails;
import scot.cairn.tendering.DeclarationService;
import scot.cairn.tendering.InterestKind;
import scot.cairn.tendering.Measure;
import scot.cairn.tendering.ReviewDetails;

/**
 * Falkirk on the road to tender: Graeme Wilson joined as Procurement Representative with a finance colleague and
 * Barnardo's fostering manager, and six people declared their interests. Graeme found one conflict: David's Falkirk
 * CVS may bid, so David is kept out of evaluating bids and what he knows is shared with every provider. Karen's
 * declaration, made this week, waits for Graeme's review. Graeme has set two community benefits: care leavers recruited
 * (mandatory) and spending with local social enterprises (scored).
 */
@Component
class DemoTender {

    private final DemoDirectory directory;
    private final DemoPartnerships partnerships;
    private final DemoGovernance governance;
    private final DeclarationService declarations;
    private final scot.cairn.tendering.BenefitService benefits;

    DemoTender(
            DemoDirectory directory,
            DemoPartnerships partnerships,
            DemoGovernance governance,
            DeclarationService declarations,
            scot.cairn.tendering.BenefitService benefits) {
        this.directory = directory;
        this.partnerships = partnerships;
        this.governance = governance;
        this.declarations = declarations;
        this.benefits = benefits;
    }

    void fosterCare(long id, CurrentUser fiona, CurrentUser david) {
        var today = LocalDate.now(ZoneId.of("Europe/London"));
        var sam = directory.existing("sam.taylor@example.org");
        var graeme = directory.person(
                "Graeme Wilson", "graeme.wilson@falkirk.example", "Procurement Officer", "Falkirk Council");
        var euan = directory.person(
                "Euan Stewart", "euan.stewart@falkirk.example", "Finance Business Partner", "Falkirk Council");
        var karen = directory.person(
                "Karen Duncan", "karen.duncan@barnardos.example", "Fostering Service Manager", "Barnardo's Scotland");
        DemoSeeder.on(today.minusDays(30), () -> {
            for (var person : List.of(graeme, euan, karen)) {
                partnerships.member(id, person, MemberRole.MEMBER, fiona);
            }
            governance.role(id, graeme, Role.PROCUREMENT_REPRESENTATIVE, "1", fiona);
            return id;
        });
        long fionas = DemoSeeder.on(today.minusDays(21), () -> nothing(id, fiona));
        long graemes = DemoSeeder.on(today.minusDays(21), () -> nothing(id, graeme));
        long euans = DemoSeeder.on(today.minusDays(20), () -> nothing(id, euan));
        long sams = DemoSeeder.on(
                today.minusDays(19),
                () -> declarations
                        .declare(
                                id,
                                null,
                                new DeclarationDetails(
                                        false,
                                        List.of(new InterestDetails(
                                                InterestKind.PERSONAL,
                                                null,
                                                "I foster for Falkirk Council, which buys the service; no provider"
                                                        + " that may bid pays me."))),
                                sam)
                        .id());
        long davids = DemoSeeder.on(
                today.minusDays(18),
                () -> declarations
                        .declare(
                                id,
                                null,
                                new DeclarationDetails(
                                        false,
                                        List.of(new InterestDetails(
                                                InterestKind.EMPLOYER,
                                                directory.org("Falkirk CVS"),
                                                "Chief Executive of Falkirk CVS, which may bid for the service or"
                                                        + " support a consortium of local providers."))),
                                david)
                        .id());
        DemoSeeder.on(today.minusDays(14), () -> {
            review(id, fionas, ConflictRisk.NONE, Set.of(), null, graeme);
            review(id, euans, ConflictRisk.NONE, Set.of(), null, graeme);
            review(id, sams, ConflictRisk.NONE, Set.of(), "Carers paid by the council are not bidders.", graeme);
            review(
                    id,
                    davids,
                    ConflictRisk.RELEVANT,
                    Set.of(Measure.KEPT_OUT_OF_EVALUATION, Measure.INFORMATION_SHARED),
                    "Falkirk CVS may bid. David keeps designing the service with us but will not evaluate bids;"
                            + " the draft specification and the pilot's results go to every provider in the forum.",
                    graeme);
            return review(id, graemes, ConflictRisk.NONE, Set.of(), null, fiona);
        });
        DemoSeeder.on(today.minusDays(10), () -> {
            benefits.add(
                    id,
                    new scot.cairn.tendering.BenefitDetails(
                            scot.cairn.tendering.BenefitCategory.RECRUITMENT_AND_TRAINING,
                            "Recruit young people leaving care into support-worker posts, with training and a mentor.",
                            "Care leavers recruited into the service",
                            "3 a year",
                            true),
                    graeme);
            return benefits.add(
                    id,
                    new scot.cairn.tendering.BenefitDetails(
                            scot.cairn.tendering.BenefitCategory.SUPPLY_CHAIN,
                            "Buy respite breaks and carers' training from local social enterprises.",
                            "Spend with social enterprises in Falkirk",
                            "£40,000 a year",
                            false),
                    graeme);
        });
        DemoSeeder.on(
                today.minusDays(2),
                () -> declarations.declare(
                        id,
                        null,
                        new DeclarationDetails(
                                false,
                                List.of(new InterestDetails(
                                        InterestKind.EMPLOYER,
                                        directory.org("Barnardo's Scotland"),
                                        "Fostering Service Manager at Barnardo's Scotland, which runs a fostering"
                                                + " agency and may bid."))),
                        karen));
    }

    private long nothing(long id, CurrentUser person) {
        return declarations
                .declare(id, null, new DeclarationDetails(true, List.of()), person)
                .id();
    }

    private Object review(
            long id, long declarationId, ConflictRisk risk, Set<Measure> measures, String note, CurrentUser by) {
        var d = declarations.declaration(id, declarationId, by);
        return declarations.review(id, declarationId, d.version(), new ReviewDetails(risk, measures, note), by);
    }
}
