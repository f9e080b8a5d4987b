package scot.cairn.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.GroupKind;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.ClosureRoute;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.Role;
import scot.cairn.partnership.Standing;
import scot.cairn.tendering.AwardService;
import scot.cairn.tendering.BidContent;
import scot.cairn.tendering.BidService;
import scot.cairn.tendering.ConflictRisk;
import scot.cairn.tendering.ContractDetails;
import scot.cairn.tendering.ContractService;
import scot.cairn.tendering.DeclarationDetails;
import scot.cairn.tendering.DeclarationService;
import scot.cairn.tendering.EvaluationService;
import scot.cairn.tendering.OpeningService;
import scot.cairn.tendering.OpeningStep;
import scot.cairn.tendering.QuestionCriterion;
import scot.cairn.tendering.QuestionDetails;
import scot.cairn.tendering.ReviewDetails;
import scot.cairn.tendering.SupplierScale;
import scot.cairn.tendering.TenderDetails;
import scot.cairn.tendering.TenderProcedure;

/**
 * A finished tender, for a past partnership: Falkirk Council and Forth Sector Development piloted paid work placements
 * for care leavers from November 2021, tendered the service in the pilot's last months (three bids: Quarriers,
 * Barnardo's Scotland and Theatre Nemo), awarded it to Quarriers after evaluation and moderation, concluded the
 * contract once the standstill had passed without a challenge, and closed the partnership as its service moved to the
 * contract. Fiona led it, so she can walk through every page of the tender; Iain can read Theatre Nemo's debrief.
 */
@Component
class DemoPastTender {

    private final DemoDirectory directory;
    private final DemoPartnerships partnerships;
    private final DemoGovernance governance;
    private final DemoDocuments documents;
    private final DemoSroi sroi;
    private final DemoTender.TenderWork work;
    private final Evaluating evaluating;

    /** The services a tender is run with after it is published. */
    @Component
    record Evaluating(
            DeclarationService declarations,
            BidService bids,
            OpeningService opening,
            EvaluationService evaluation,
            AwardService awards,
            ContractService contracts) {}

    DemoPastTender(
            DemoDirectory directory,
            DemoPartnerships partnerships,
            DemoGovernance governance,
            DemoDocuments documents,
            DemoSroi sroi,
            DemoTender.TenderWork work,
            Evaluating evaluating) {
        this.directory = directory;
        this.partnerships = partnerships;
        this.governance = governance;
        this.documents = documents;
        this.sroi = sroi;
        this.work = work;
        this.evaluating = evaluating;
    }

    static final String TITLE = "Falkirk work placements for care leavers";
    private static final String PUBLIC = "Falkirk Council";
    private static final String THIRD = "Forth Sector Development";

    void run(CurrentUser fiona, CurrentUser iain, String password) {
        var ross = directory.person("Ross Mackay", "ross.mackay@forthsector.example", "Operations Director", THIRD);
        // Claire evaluated bids, so she signs in: she has a demo account.
        var claire = directory.account(
                "Claire Watson", "claire.watson@falkirk.example", "Employability Lead", PUBLIC, password, false);
        long id = DemoSeeder.on(LocalDate.of(2021, 2, 1), () -> {
            long started = partnerships.start(
                    fiona,
                    TITLE,
                    Market.EMPLOYABILITY,
                    "Falkirk",
                    "Paid work placements of six months with a social enterprise for young people leaving care, with a"
                            + " job coach, so that more of them are in work or study a year later.",
                    directory.org(PUBLIC));
            partnerships.partner(started, directory.org(THIRD), Standing.CORE, fiona);
            partnerships.member(started, ross, MemberRole.MEMBER, fiona);
            partnerships.member(started, claire, MemberRole.MANAGER, fiona);
            return started;
        });
        DemoSeeder.on(LocalDate.of(2021, 4, 30), () -> {
            partnerships.assessGo(
                    id,
                    List.of(
                            "Care leavers in Falkirk are twice as likely as their peers to be out of work a year on.",
                            THIRD + " already runs social enterprises that take trainees.",
                            PUBLIC + " commissions employability support for care leavers.",
                            "Both partners committed staff time to the pilot."),
                    "A year's pilot is worth the partners' time.",
                    fiona);
            governance.role(id, fiona, Role.SENIOR_SPONSOR, "2", fiona);
            governance.role(id, ross, Role.SENIOR_SPONSOR, "2", fiona);
            long board = governance.standardGroups(id, GroupKind.BOARD, fiona);
            governance.member(id, board, fiona, false, fiona);
            governance.member(id, board, ross, false, fiona);
            documents.signed(id, DocumentKind.MOU, PUBLIC, THIRD, fiona, fiona, ross);
            return id;
        });
        DemoSeeder.on(LocalDate.of(2021, 5, 3), () -> {
            partnerships.advance(id, fiona, ross, fiona);
            governance.role(id, fiona, Role.PROJECT_MANAGER, "6", fiona);
            return id;
        });
        DemoSeeder.on(LocalDate.of(2021, 10, 25), () -> {
            documents.signed(id, DocumentKind.PID, PUBLIC, THIRD, fiona, fiona, ross);
            sroi.pilotForecast(id, fiona, fiona, ross, LocalDate.of(2021, 11, 1), LocalDate.of(2022, 10, 31));
            return id;
        });
        DemoSeeder.on(LocalDate.of(2021, 11, 1), () -> {
            partnerships.advance(id, fiona, ross, fiona);
            governance.role(id, fiona, Role.PROCUREMENT_REPRESENTATIVE, "1", fiona);
            return id;
        });
        long tid = DemoSeeder.on(LocalDate.of(2022, 6, 20), () -> published(id, fiona, ross, claire));
        var bidders = List.of(
                directory.person("Alan Boyd", "alan.boyd@quarriers.example", "Bids Manager", "Quarriers"),
                directory.person(
                        "Lorna Hay", "lorna.hay@barnardos.example", "Business Development Lead", "Barnardo's Scotland"),
                iain);
        var prices = List.of("585000", "610000", "540000");
        var answers = List.of(
                List.of(
                        "A job coach for every eight young people, a placement matched within four weeks of referral"
                                + " and weekly check-ins with the employer; support continues for six months after.",
                        "Three of our social enterprises in Falkirk take trainees; two more employers have agreed."),
                List.of(
                        "Coaches trained in trauma-informed practice, and a mentor from our care-experienced staff.",
                        "Placements with our own services and partners across Forth Valley."),
                List.of(
                        "Creative workshops build confidence before placements; coaching comes from our arts staff.",
                        "Placements in our theatre work and with two local cafés."));
        // Interest and bids came in over the last week before the deadline, each at its own moment.
        var sent = List.of(
                java.time.LocalDateTime.of(2022, 7, 18, 9, 12),
                java.time.LocalDateTime.of(2022, 7, 20, 14, 41),
                java.time.LocalDateTime.of(2022, 7, 21, 11, 5));
        for (int n = 0; n < bidders.size(); n++) {
            int b = n;
            scot.cairn.platform.PlatformClock.asOf(
                    sent.get(b).atZone(java.time.ZoneId.of("Europe/London")).toInstant(), () -> {
                        evaluating.bids().interest(id, tid, bidders.get(b));
                        evaluating
                                .bids()
                                .send(
                                        id,
                                        tid,
                                        null,
                                        new BidContent(
                                                Map.of(0, new BigDecimal(prices.get(b))),
                                                Map.of(
                                                        1,
                                                        answers.get(b).get(0),
                                                        2,
                                                        answers.get(b).get(1)),
                                                List.of()),
                                        bidders.get(b));
                        return tid;
                    });
        }
        DemoSeeder.on(LocalDate.of(2022, 7, 25), () -> evaluate(id, tid, fiona, claire));
        DemoSeeder.on(LocalDate.of(2022, 8, 12), () -> {
            var proposed = evaluating.awards().propose(id, tid, 0, fiona);
            var d = work.decisions().decision(id, proposed.get(0).decisionId(), fiona);
            d = work.decisions().approve(id, d.id(), d.version(), fiona);
            work.decisions().approve(id, d.id(), d.version(), ross);
            return tid;
        });
        DemoSeeder.on(LocalDate.of(2022, 8, 24), () -> {
            var c = evaluating
                    .contracts()
                    .contracts(id, tid, fiona)
                    .awards()
                    .get(0)
                    .contract();
            var corrected = evaluating
                    .contracts()
                    .update(
                            id,
                            tid,
                            c.id(),
                            c.version(),
                            new ContractDetails(
                                    SupplierScale.LARGE,
                                    c.value(),
                                    LocalDate.of(2022, 11, 1),
                                    LocalDate.of(2025, 10, 31),
                                    "Two placements a year in Quarriers' own services for care leavers",
                                    "Young people starting a placement: 30 a year\n"
                                            + "In work, education or training a year after starting: 60%\n"
                                            + "Placements completed: 75%"),
                            fiona);
            return evaluating.contracts().conclude(id, tid, c.id(), corrected.version(), fiona);
        });
        DemoSeeder.on(LocalDate.of(2022, 10, 31), () -> {
            partnerships.close(
                    id,
                    ClosureRoute.AWARDED,
                    "The pilot's service was tendered and the contract awarded to Quarriers; it runs from 1 November"
                            + " 2022 to 31 October 2025, and the partnership's work is done.",
                    fiona);
            return id;
        });
    }

    /**
     * The specification approved and tender T-1 drawn from it (quality 70% over two questions, price 30%), published
     * by the board with bids due on 22 July; Fiona and Claire declare no interests and review each other's.
     */
    private long published(long id, CurrentUser fiona, CurrentUser ross, CurrentUser claire) {
        var declarations = evaluating.declarations();
        var hers = declarations.declare(id, null, new DeclarationDetails(true, List.of()), fiona);
        var claires = declarations.declare(id, null, new DeclarationDetails(true, List.of()), claire);
        declarations.review(
                id, hers.id(), hers.version(), new ReviewDetails(ConflictRisk.NONE, Set.of(), null), claire);
        declarations.review(
                id, claires.id(), claires.version(), new ReviewDetails(ConflictRisk.NONE, Set.of(), null), fiona);
        documents.signed(id, DocumentKind.SPEC, PUBLIC, THIRD, fiona, fiona, ross);
        var t = work.tenders()
                .draw(
                        id,
                        new TenderDetails(
                                "Work placements and coaching for care leavers in Falkirk",
                                TenderProcedure.OPEN,
                                new BigDecimal("650000"),
                                70,
                                30,
                                0,
                                LocalDate.of(2022, 6, 24),
                                LocalDate.of(2022, 7, 15),
                                LocalDate.of(2022, 7, 22),
                                LocalDate.of(2022, 8, 5),
                                LocalDate.of(2022, 8, 12),
                                LocalDate.of(2022, 11, 1)),
                        fiona);
        work.questions()
                .ask(
                        id,
                        t.id(),
                        new QuestionDetails(
                                QuestionCriterion.QUALITY,
                                "How will each young person be matched, coached and supported in a placement?",
                                "A strong answer gives caseloads, how quickly a placement starts and the support after"
                                        + " it ends.",
                                40),
                        fiona);
        work.questions()
                .ask(
                        id,
                        t.id(),
                        new QuestionDetails(
                                QuestionCriterion.QUALITY,
                                "Which employers will offer placements in Falkirk?",
                                "A strong answer names employers who have agreed and how many places each offers.",
                                30),
                        fiona);
        work.publication().propose(id, t.id(), t.version(), fiona);
        var d = work.decisions()
                .decision(id, work.tenders().tender(id, t.id(), fiona).decisionId(), fiona);
        d = work.decisions().approve(id, d.id(), d.version(), fiona);
        work.decisions().approve(id, d.id(), d.version(), ross);
        return t.id();
    }

    /** Claire and Fiona open the bids and evaluate both questions; Fiona records the moderated scores. */
    private long evaluate(long id, long tid, CurrentUser fiona, CurrentUser claire) {
        evaluating.opening().open(id, tid, OpeningStep.BEGIN, claire);
        evaluating.opening().open(id, tid, OpeningStep.COMPLETE, fiona);
        var questions = work.questions().questions(id, tid, fiona).questions();
        var bids = evaluating.opening().bids(id, tid, "evaluation", fiona);
        // Scores by bid (Quarriers, Barnardo's, Theatre Nemo): Fiona's, Claire's, then the moderated one.
        int[][][] scores = {
            {{4, 4, 4}, {4, 3, 4}, {3, 3, 3}},
            {{4, 3, 4}, {3, 3, 3}, {3, 2, 2}}
        };
        String[][] said = {
            {
                "Caseloads and start times are clear; after-care is set out week by week.",
                "One coach to eight young people and a four-week start: exactly what the guidance asks."
            },
            {
                "Good support, though the time to start a placement is not stated.",
                "Trauma-informed coaching is a strength; how soon a placement starts is left open."
            },
            {
                "Confidence-building is strong; coaching for work is thinner than asked.",
                "The workshops would help, but the answer says little about support in the job itself."
            }
        };
        for (int q = 0; q < questions.size(); q++) {
            long question = questions.get(q).id();
            evaluating.evaluation().appoint(id, tid, question, fiona.personId(), fiona);
            evaluating.evaluation().appoint(id, tid, question, claire.personId(), fiona);
            for (int b = 0; b < bids.size(); b++) {
                var s = scores[q][b];
                evaluating.evaluation().score(id, tid, question, bids.get(b).id(), null, s[0], said[b][0], fiona);
                evaluating.evaluation().score(id, tid, question, bids.get(b).id(), null, s[1], said[b][1], claire);
                evaluating
                        .evaluation()
                        .moderate(
                                id,
                                tid,
                                question,
                                bids.get(b).id(),
                                null,
                                s[2],
                                s[0] == s[2] && s[1] == s[2]
                                        ? null
                                        : "Agreed at moderation after reading the answer again together.",
                                fiona);
            }
        }
        return tid;
    }
}
