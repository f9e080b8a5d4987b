package scot.cairn.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;
import scot.cairn.consultation.AnswerInput;
import scot.cairn.consultation.ConsultationDetails;
import scot.cairn.consultation.ConsultationService;
import scot.cairn.consultation.Method;
import scot.cairn.consultation.QuestionDetails;
import scot.cairn.consultation.QuestionKind;
import scot.cairn.consultation.ResponseDetails;
import scot.cairn.consultation.ResponseService;
import scot.cairn.consultation.ThemeDetails;
import scot.cairn.consultation.ThemeService;
import scot.cairn.directory.ContactDetails;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.MemberDetails;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;

/**
 * The voice of Falkirk's foster carers: Ann Brodie, a carer without an email address who sits on the service-user
 * forum, and a consultation of foster carers that ran for five weeks and closed, answered online, at a workshop and on
 * paper (Ann's, entered by Fiona for her).
 */
@Component
class DemoVoices {

    private static final List<String> IDEAS = List.of(
            "Someone who picks up the phone at the weekend, not an answering machine.",
            "Book respite before we are exhausted, not after the placement breaks down.",
            "Meet the other carers in our area; we learn more from each other than from leaflets.",
            "Tell us about the child before they arrive, even if it is only a few lines.",
            "Pay travel to contact visits on time. It adds up to a lot of money.",
            "Training on trauma before the first placement, not two years in.",
            "Keep the same social worker for more than six months.",
            "Let the children have a say in where they go next.",
            "A named person who knows our family when things go wrong at night.",
            "Less paperwork after every visit, so there is time for the children.");

    private final MembershipService membership;
    private final GroupService groups;
    private final ConsultationService consultations;
    private final ResponseService responses;
    private final ThemeService themes;
    private final scot.cairn.consultation.ExpenseService expenses;
    private final DemoOutside outside;
    private final scot.cairn.consultation.SummaryService summaries;
    private final DemoTender tender;

    DemoVoices(
            MembershipService membership,
            GroupService groups,
            ConsultationService consultations,
            ResponseService responses,
            ThemeService themes,
            scot.cairn.consultation.ExpenseService expenses,
            DemoOutside outside,
            scot.cairn.consultation.SummaryService summaries,
            DemoTender tender) {
        this.membership = membership;
        this.groups = groups;
        this.consultations = consultations;
        this.responses = responses;
        this.themes = themes;
        this.expenses = expenses;
        this.outside = outside;
        this.summaries = summaries;
        this.tender = tender;
    }

    void fosterCarers(long id, CurrentUser fiona, CurrentUser david) {
        var today = LocalDate.now(ZoneId.of("Europe/London"));
        var ann = membership.addWithoutEmail(
                id,
                new ContactDetails(
                        "Ann Brodie",
                        "01324 506070",
                        "12 Kerse Road\nGrangemouth\nFK3 8AA",
                        "To be phoned about the carers’ forum and consultations; papers by post; first name in"
                                + " minutes"),
                MemberRole.MEMBER,
                fiona);
        var forum = groups.groups(id, fiona).stream()
                .filter(g -> g.kind() == GroupKind.SERVICE_USER_FORUM)
                .findFirst()
                .orElseThrow();
        groups.addMember(id, forum.id(), new MemberDetails(null, ann.id(), true), fiona);

        var opened = today.minusDays(40);
        var c = DemoSeeder.on(opened, () -> {
            var made = consultations.create(
                    id,
                    new ConsultationDetails(
                            "Foster carers: support between placements",
                            "The partnership is designing how carers are supported between placements. We want to"
                                    + " hear what works now, what does not, and what would help most.",
                            "Foster carers in Falkirk, and carers who stopped fostering in the last two years",
                            Set.of(Method.ONLINE, Method.WORKSHOP, Method.PAPER),
                            null,
                            today.minusDays(6),
                            "Travel and childcare costs paid for the workshop. Paper copies and Easy Read versions"
                                    + " on request; we can phone you and write down your answers.",
                            false),
                    fiona);
            var q = consultations.addQuestion(
                    id,
                    made.id(),
                    made.version(),
                    new QuestionDetails(
                            QuestionKind.SINGLE_CHOICE,
                            "How long have you been a foster carer?",
                            "Less than 2 years\n2 to 5 years\nMore than 5 years",
                            true),
                    fiona);
            q = consultations.addQuestion(
                    id,
                    made.id(),
                    q.version(),
                    new QuestionDetails(
                            QuestionKind.RATING,
                            "How well does the support between placements work for you now?",
                            null,
                            false),
                    fiona);
            q = consultations.addQuestion(
                    id,
                    made.id(),
                    q.version(),
                    new QuestionDetails(
                            QuestionKind.MULTIPLE_CHOICE,
                            "Which of these would help you most?",
                            "A named worker who answers the phone\nRespite breaks booked ahead\nA carers’ peer"
                                    + " group\nTraining on trauma and attachment\nHelp with travel to contact visits",
                            false),
                    fiona);
            q = consultations.addQuestion(
                    id,
                    made.id(),
                    q.version(),
                    new QuestionDetails(
                            QuestionKind.FREE_TEXT,
                            "What one thing should the new service do differently?",
                            null,
                            false),
                    fiona);
            return consultations.open(id, made.id(), q.version(), fiona);
        });
        String token = c.link().substring(c.link().lastIndexOf('/') + 1);
        var random = new Random(13);
        for (int i = 0; i < 18; i++) {
            var answers = answers(random, i);
            int n = i;
            DemoSeeder.on(opened.plusDays(1 + i * 2L % 30), () -> {
                responses.respondOnline(token, answers, null, "demo-carer-" + n);
                return null;
            });
        }
        var workshop = opened.plusDays(21);
        for (int i = 0; i < 6; i++) {
            var answers = answers(random, 18 + i);
            DemoSeeder.on(
                    workshop.plusDays(1),
                    () -> responses.record(
                            id,
                            c.id(),
                            new ResponseDetails(
                                    scot.cairn.consultation.Channel.WORKSHOP, workshop, null, null, answers),
                            david));
        }
        DemoSeeder.on(
                today.minusDays(12),
                () -> responses.record(
                        id,
                        c.id(),
                        new ResponseDetails(
                                scot.cairn.consultation.Channel.PAPER,
                                today.minusDays(14),
                                "Ann Brodie",
                                ann.id(),
                                List.of(
                                        new AnswerInput(1, null, List.of(3), null),
                                        new AnswerInput(2, null, null, 2),
                                        new AnswerInput(3, null, List.of(1, 2), null),
                                        new AnswerInput(
                                                4,
                                                "When a placement ends suddenly I need someone to talk to the same day.",
                                                null,
                                                null))),
                        fiona));
        DemoSeeder.on(
                today.minusDays(5),
                () -> consultations.close(
                        id, c.id(), consultations.get(id, c.id(), fiona).version(), fiona));
        DemoSeeder.on(today.minusDays(2), () -> {
            youSaidWeDid(id, c.id(), fiona);
            return null;
        });
        workshopExpenses(id, c.id(), workshop, fiona, david);
        summaries.publish(id, c.id(), fiona);
        outside.fosterCare(id, fiona, david);
        tender.fosterCare(id, fiona, david);
    }

    /**
     * Three themes drawn from the answers, each answer tagged by its words; the first two published with what the
     * partnership did, linked to the design task and to the board's decision on a second workshop.
     */
    private void youSaidWeDid(long id, long consultationId, CurrentUser fiona) {
        var choices = themes.themes(id, consultationId, fiona).linkChoices().stream()
                .flatMap(k -> k.records().stream())
                .toList();
        String decision = choices.stream()
                .filter(r ->
                        r.kind().equals("DECISION") && String.valueOf(r.label()).contains("workshop"))
                .map(r -> r.value())
                .findFirst()
                .orElse(null);
        String task = choices.stream()
                .filter(r ->
                        r.kind().equals("TASK") && String.valueOf(r.label()).contains("placement model"))
                .map(r -> r.value())
                .findFirst()
                .orElse(null);
        var night = themes.add(
                id,
                consultationId,
                new ThemeDetails(
                        "Someone to talk to, day and night",
                        "Most of you said that when a placement ends suddenly, or something goes wrong at night or at"
                                + " the weekend, there is nobody who knows your family to talk to.",
                        "The new service gives every carer a named worker, and a phone line answered by experienced"
                                + " carers in the evenings and at weekends.",
                        "The placement model now includes an out-of-hours line run with the carers’ forum.",
                        task),
                fiona);
        var respite = themes.add(
                id,
                consultationId,
                new ThemeDetails(
                        "Respite before you are exhausted",
                        "You told us respite comes too late, after a placement has already broken down.",
                        "The board agreed a second workshop with carers to design respite booked ahead; its"
                                + " proposals go into the pilot.",
                        null,
                        decision),
                fiona);
        var training = themes.add(
                id,
                consultationId,
                new ThemeDetails("Training before the first placement", null, null, null, null),
                fiona);
        for (var a : themes.answers(id, consultationId, 4, 1, fiona).answers()) {
            var tags = new java.util.LinkedHashSet<Long>();
            String text = a.text().toLowerCase(java.util.Locale.ROOT);
            if (text.contains("phone") || text.contains("night") || text.contains("talk") || text.contains("named")) {
                tags.add(night.id());
            }
            if (text.contains("respite") || text.contains("exhausted")) {
                tags.add(respite.id());
            }
            if (text.contains("training")) {
                tags.add(training.id());
            }
            themes.tag(id, consultationId, a.responseId(), 4, tags, fiona);
        }
        themes.publish(id, consultationId, night.id(), night.version(), fiona);
        themes.publish(id, consultationId, respite.id(), respite.version(), fiona);
    }

    /** The workshop's costs: a budget of £600, Ann's bus fares approved by Fiona, a carer's childcare waiting. */
    private void workshopExpenses(
            long id, long consultationId, LocalDate workshop, CurrentUser fiona, CurrentUser david) {
        expenses.budget(
                id,
                consultationId,
                consultations.get(id, consultationId, fiona).version(),
                new java.math.BigDecimal("600.00"),
                david);
        var fares = expenses.record(
                id,
                consultationId,
                new scot.cairn.consultation.ExpenseDetails(
                        "Ann Brodie",
                        scot.cairn.consultation.ExpenseKind.TRAVEL,
                        new java.math.BigDecimal("14.20"),
                        workshop,
                        "Bus from Grangemouth and back"),
                david);
        expenses.decide(id, consultationId, fares.id(), fares.version(), true, null, fiona);
        expenses.record(
                id,
                consultationId,
                new scot.cairn.consultation.ExpenseDetails(
                        "Carer at the workshop",
                        scot.cairn.consultation.ExpenseKind.CARE,
                        new java.math.BigDecimal("45.00"),
                        workshop,
                        "Childminder for three hours"),
                david);
    }

    private static List<AnswerInput> answers(Random random, int i) {
        var answers = new ArrayList<AnswerInput>();
        answers.add(new AnswerInput(1, null, List.of(1 + random.nextInt(3)), null));
        answers.add(new AnswerInput(2, null, null, 1 + Math.min(4, random.nextInt(3) + random.nextInt(2))));
        var chosen = new ArrayList<Integer>();
        for (int o = 1; o <= 5; o++) {
            if (random.nextInt(100) < (o == 1 ? 75 : o == 2 ? 60 : 35)) {
                chosen.add(o);
            }
        }
        if (!chosen.isEmpty()) {
            answers.add(new AnswerInput(3, null, chosen, null));
        }
        if (i % 3 != 2) {
            answers.add(new AnswerInput(4, IDEAS.get(i % IDEAS.size()), null, null));
        }
        return answers;
    }
}
