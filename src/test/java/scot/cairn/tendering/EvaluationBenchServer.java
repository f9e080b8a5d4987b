package scot.cairn.tendering;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import scot.cairn.CairnApplication;
import scot.cairn.directory.OrganisationDetails;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.OrganisationType;
import scot.cairn.directory.PersonDetails;
import scot.cairn.directory.PersonService;
import scot.cairn.directory.Sector;
import scot.cairn.governance.AssignmentDetails;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentService;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.RoleService;
import scot.cairn.identity.AccountService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.identity.PasswordService;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.Role;
import scot.cairn.platform.PlatformClock;
import scot.cairn.support.DemoUsers;

/**
 * Not a test: starts Cairn (the test profile, on H2 in memory, with templates cached as in production) with a tender
 * at the size issue 15 names for its page timings, for {@code bench/evaluation.sh}: 30 questions, 20 sealed bids from
 * 20 providers, 6 evaluators appointed to every question, the bids opened, every evaluator's score recorded (3,600)
 * and every question but Q1 moderated. Prints the two pages to time (the evaluation matrix, and Q1's page, where the
 * moderated scores are recorded) on a line starting {@code CAIRN-BENCH-READY}, then serves until stopped.
 */
public final class EvaluationBenchServer {

    static final int QUESTIONS = 30;
    static final int BIDS = 20;
    static final int EVALUATORS = 6;

    private EvaluationBenchServer() {}

    public static void main(String[] args) {
        var context = new SpringApplicationBuilder(
                        CairnApplication.class,
                        DemoUsers.class,
                        GovernanceFixture.class,
                        scot.cairn.outcome.OutcomeFixtures.class,
                        scot.cairn.sroi.SroiFixture.class,
                        TenderingFixture.class)
                .profiles("test")
                .properties(
                        "server.port=" + System.getProperty("cairn.bench.port", "8080"),
                        "spring.thymeleaf.cache=true",
                        "cairn.mail.poll=PT1H")
                .run(args);
        var users = context.getBean(DemoUsers.class);
        var fixture = context.getBean(TenderingFixture.class);
        var fiona = users.current(DemoUsers.FIONA);
        var david = users.current(DemoUsers.DAVID);
        var admin = users.current(DemoUsers.ADMIN);
        long started = System.nanoTime();
        // Seeding opens accounts, which an administrator does.
        var security = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        security.setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        "bench data",
                        null,
                        List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_ADMIN"))));
        org.springframework.security.core.context.SecurityContextHolder.setContext(security);

        long id = fixture.inPilot();
        var membership = context.getBean(MembershipService.class);
        membership.setMember(id, DemoUsers.ADMIN, MemberRole.MANAGER, fiona);
        context.getBean(RoleService.class)
                .assign(
                        id,
                        new AssignmentDetails(
                                Role.PROCUREMENT_REPRESENTATIVE, DemoUsers.FIONA, GovernanceFixture.SPONSOR_DAYS),
                        fiona);

        // Six evaluators: Fiona, the administrator and four council officers, each declaring nothing, reviewed.
        var people = context.getBean(PersonService.class);
        var accounts = context.getBean(AccountService.class);
        var password = context.getBean(PasswordService.class).prepare(DemoUsers.PASSWORD);
        var organisations = context.getBean(OrganisationService.class);
        long council = fiona.organisationId();
        var evaluators = new ArrayList<CurrentUser>(List.of(fiona, admin));
        for (int n = 1; evaluators.size() < EVALUATORS; n++) {
            evaluators.add(person(people, accounts, password, "Evaluator " + n, "evaluator" + n, council));
            membership.setMember(id, evaluators.get(evaluators.size() - 1).email(), MemberRole.MEMBER, fiona);
        }
        var declarations = context.getBean(DeclarationService.class);
        for (var e : evaluators) {
            var d = declarations.declare(id, null, new DeclarationDetails(true, List.of()), e);
            declarations.review(
                    id,
                    d.id(),
                    d.version(),
                    new ReviewDetails(ConflictRisk.NONE, Set.of(), null),
                    e.equals(fiona) ? admin : fiona);
        }

        // The tender, drawn from the approved specification with 30 questions, published by the board.
        var today = LocalDate.now(DeclarationService.SCOTLAND);
        var due = today.minusDays(1);
        long tid = PlatformClock.asOf(
                today.minusDays(10).atStartOfDay(DeclarationService.SCOTLAND).toInstant(), () -> {
                    var documents = context.getBean(DocumentService.class);
                    var v = documents.save(
                            id, DocumentKind.SPEC, 0, null, GovernanceFixture.text(DocumentKind.SPEC, "agreed"), fiona);
                    var signed = documents.sign(id, DocumentKind.SPEC, v.number(), v.version(), fiona);
                    documents.sign(id, DocumentKind.SPEC, v.number(), signed.version(), david);
                    var t = context.getBean(TenderService.class)
                            .draw(
                                    id,
                                    new TenderDetails(
                                            "Foster care provision across Forth Valley",
                                            TenderProcedure.OPEN,
                                            new BigDecimal("4200000"),
                                            60,
                                            40,
                                            0,
                                            due.minusDays(5),
                                            due.minusDays(3),
                                            due,
                                            due.plusDays(3),
                                            due.plusDays(4),
                                            due.plusDays(30)),
                                    fiona);
                    var questions = context.getBean(QuestionService.class);
                    for (int q = 1; q <= QUESTIONS; q++) {
                        questions.ask(
                                id,
                                t.id(),
                                new QuestionDetails(
                                        QuestionCriterion.QUALITY,
                                        "Question " + q + ": how will the service " + words(12, q),
                                        "A strong answer " + words(20, q + 1),
                                        2),
                                fiona);
                    }
                    var publication = context.getBean(TenderPublication.class);
                    publication.propose(id, t.id(), 0, fiona);
                    var decisions = context.getBean(scot.cairn.governance.DecisionService.class);
                    var tenders = context.getBean(TenderService.class);
                    var d = decisions.decision(
                            id, tenders.tender(id, t.id(), fiona).decisionId(), fiona);
                    d = decisions.approve(id, d.id(), d.version(), fiona);
                    decisions.approve(id, d.id(), d.version(), david);
                    return t.id();
                });

        // Twenty providers express interest and send their bids before the deadline.
        var bids = context.getBean(BidService.class);
        PlatformClock.asOf(
                today.minusDays(3).atStartOfDay(DeclarationService.SCOTLAND).toInstant(), () -> {
                    for (int b = 1; b <= BIDS; b++) {
                        long org = organisations
                                .create(new OrganisationDetails(
                                        "Bench provider " + b,
                                        Sector.THIRD,
                                        OrganisationType.CHARITY,
                                        null,
                                        null,
                                        "Falkirk"))
                                .id();
                        var bidder = person(people, accounts, password, "Bidder " + b, "bidder" + b, org);
                        bids.interest(id, tid, bidder);
                        var answers = new HashMap<Integer, String>();
                        for (int q = 1; q <= QUESTIONS; q++) {
                            answers.put(q, words(150, b * 31 + q));
                        }
                        bids.send(
                                id,
                                tid,
                                null,
                                new BidContent(Map.of(0, new BigDecimal(3_500_000 + 25_000 * b)), answers, List.of()),
                                bidder);
                    }
                    return null;
                });

        var opening = context.getBean(OpeningService.class);
        opening.open(id, tid, OpeningStep.BEGIN, admin);
        opening.open(id, tid, OpeningStep.COMPLETE, fiona);
        var evaluation = context.getBean(EvaluationService.class);
        var jdbc = context.getBean(JdbcTemplate.class);
        var questionIds = jdbc.queryForList(
                "select id from tendering_question where tender_id = ? order by number", Long.class, tid);
        for (long q : questionIds) {
            for (var e : evaluators) {
                evaluation.appoint(id, tid, q, e.personId(), fiona);
            }
        }

        // Every score at once (the service checks each against every bid, which would take minutes for 3,600);
        // then every question but Q1 moderated, so Q1's page still offers the moderation forms.
        var bidIds = jdbc.queryForList("select id from tendering_bid where tender_id = ? order by id", Long.class, tid);
        var now = Timestamp.from(java.time.Instant.now());
        var scores = new ArrayList<Object[]>();
        var moderated = new ArrayList<Object[]>();
        for (int qi = 0; qi < questionIds.size(); qi++) {
            for (int bi = 0; bi < bidIds.size(); bi++) {
                for (int ei = 0; ei < evaluators.size(); ei++) {
                    scores.add(new Object[] {
                        tid,
                        questionIds.get(qi),
                        bidIds.get(bi),
                        evaluators.get(ei).personId(),
                        (qi + bi + ei) % 6,
                        words(30, qi * 7 + bi * 3 + ei),
                        now
                    });
                }
                if (qi > 0) {
                    moderated.add(new Object[] {
                        tid,
                        questionIds.get(qi),
                        bidIds.get(bi),
                        (qi + bi) % 6,
                        "Agreed at moderation.",
                        fiona.personId(),
                        now
                    });
                }
            }
        }
        jdbc.batchUpdate("""
                insert into tendering_score (version, tender_id, question_id, bid_id, person_id, score, justification,
                                             scored_at)
                values (0, ?, ?, ?, ?, ?, ?, ?)
                """, scores);
        jdbc.batchUpdate("""
                insert into tendering_moderation (version, tender_id, question_id, bid_id, score, reason, moderated_by,
                                                  moderated_at)
                values (0, ?, ?, ?, ?, ?, ?, ?)
                """, moderated);
        System.out.printf(
                "Seeded %d questions, %d bids, %d evaluators and %d scores in %.1f s%n",
                questionIds.size(),
                bidIds.size(),
                evaluators.size(),
                scores.size(),
                (System.nanoTime() - started) / 1e9);
        String page = "/partnerships/" + id + "/tenders/" + tid + "/evaluation";
        System.out.println("CAIRN-BENCH-READY " + page + " " + page + "/questions/" + questionIds.get(0));
    }

    private static CurrentUser person(
            PersonService people,
            AccountService accounts,
            scot.cairn.identity.NewPassword password,
            String name,
            String mailbox,
            long organisation) {
        var p = people.create(new PersonDetails(name, mailbox + "@bench.example", "Officer", organisation));
        accounts.open(p.id(), password, false);
        return accounts.userOf(p.id()).orElseThrow();
    }

    /** Words enough to fill an answer or a justification, varied by {@code seed}. */
    private static String words(int count, int seed) {
        String[] vocabulary = {
            "carers",
            "children",
            "placements",
            "support",
            "night",
            "training",
            "respite",
            "local",
            "outcomes",
            "stable",
            "review",
            "families",
            "plan",
            "team",
            "visits",
            "records",
            "quality",
            "staff",
            "weekly"
        };
        var out = new StringBuilder();
        for (int n = 0; n < count; n++) {
            out.append(n == 0 ? "" : " ")
                    .append(vocabulary[Math.floorMod(seed * 7 + n * 13 + n * n, vocabulary.length)]);
        }
        return out.append('.').toString();
    }
}
