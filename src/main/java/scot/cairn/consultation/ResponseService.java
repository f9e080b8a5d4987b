package scot.cairn.consultation;

import java.time.Clock;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.RateLimits;

/**
 * Answers to consultations: given online through the link (no account; counted per link and per address, so a flood
 * is refused), or entered by the team with where they came from and, for someone without an email address, for whom.
 * An answer to a consultation that is not open, or past its closing date, is refused; nothing is saved unless every
 * answer is right. The results are counted by the database.
 */
@Service
public class ResponseService {

    private final ConsultationService consultations;
    private final ConsultationRepository stored;
    private final ResponseRepository responses;
    private final PartnershipScope scope;
    private final Support support;
    private final ThemeRepository themes;

    ResponseService(
            ConsultationService consultations,
            ConsultationRepository stored,
            ResponseRepository responses,
            PartnershipScope scope,
            Support support,
            ThemeRepository themes) {
        this.consultations = consultations;
        this.stored = stored;
        this.responses = responses;
        this.scope = scope;
        this.support = support;
        this.themes = themes;
    }

    /** The audit trail, the clock, the rate limits and the database for counting; a record so the service stays small. */
    @org.springframework.stereotype.Component
    record Support(
            AuditTrail audit,
            Clock clock,
            RateLimits limits,
            JdbcClient jdbc,
            scot.cairn.partnership.PartnershipService partnerships,
            ConsultationFiles files) {}

    /** Refused: too many answers through one link from one address, or from everyone, within the hour. */
    public static final class TooManyAnswers extends RuntimeException {
        TooManyAnswers() {
            super("Too many answers through this link; try again later");
        }
    }

    /** The consultation behind a link, for anyone. */
    @Transactional(readOnly = true)
    public PublicConsultation publicForm(String token) {
        var c = byLink(token);
        var questions = c.questions();
        return new PublicConsultation(
                c.title(),
                c.purpose(),
                c.support(),
                c.anonymous(),
                c.closes(),
                java.util.stream.IntStream.range(0, questions.size())
                        .mapToObj(i -> ConsultationService.questionView(i, questions.get(i)))
                        .toList(),
                takesAnswers(c),
                support.partnerships().forChecks(c.partnershipId()).closed(),
                support.files().publicFiles(c.id()),
                summaryPublished(c.id()) ? questionResults(c.id(), questionViews(c), true) : List.of(),
                summaryPublished(c.id()) ? responses.countByConsultationId(c.id()) : 0,
                themes.findByConsultationIdOrderByNumber(c.id()).stream()
                        .filter(t -> t.publishedAt() != null)
                        .map(t -> new PublicConsultation.PublicTheme(t.name(), t.said(), t.response(), t.change()))
                        .toList());
    }

    private boolean summaryPublished(long consultationId) {
        return support.jdbc()
                        .sql("select count(*) from consultation_summary where consultation_id = ?")
                        .param(consultationId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static List<ConsultationView.QuestionView> questionViews(Consultation c) {
        var questions = c.questions();
        return java.util.stream.IntStream.range(0, questions.size())
                .mapToObj(i -> ConsultationService.questionView(i, questions.get(i)))
                .toList();
    }

    /** One of the files of the consultation behind a link, for anyone with it. */
    @Transactional(readOnly = true)
    public scot.cairn.platform.web.Download publicFile(String token, long fileId) {
        return support.files().publicDownload(byLink(token).id(), fileId);
    }

    /**
     * Takes one person's answers through the link. {@code address} is where the request came from, for the rate limit.
     *
     * @throws TooManyAnswers past {@link ConsultationLimits#ANSWERS_PER_ADDRESS} from the address, or {@link
     *     ConsultationLimits#ANSWERS_PER_LINK} from everyone, within {@link ConsultationLimits#WINDOW}
     * @throws InvalidInputException naming each wrong answer, or when the consultation takes no answers
     */
    @Transactional
    public void respondOnline(String token, List<AnswerInput> answers, String respondent, String address) {
        var c = byLink(token);
        if (!support.limits()
                        .allow(
                                "consultation:" + token + ":" + address,
                                ConsultationLimits.ANSWERS_PER_ADDRESS,
                                ConsultationLimits.WINDOW)
                || !support.limits()
                        .allow(
                                "consultation:" + token,
                                ConsultationLimits.ANSWERS_PER_LINK,
                                ConsultationLimits.WINDOW)) {
            throw new TooManyAnswers();
        }
        requireTakesAnswers(c);
        var checked = ConsultationInput.answers(c, answers, c.anonymous() ? null : respondent);
        save(
                c,
                Response.given(
                        c.id(),
                        support.clock().instant(),
                        Channel.ONLINE,
                        c.anonymous() ? null : ConsultationInput.blankToNull(respondent),
                        null,
                        null,
                        checked.answers(),
                        checked.choices()));
    }

    /**
     * Records a response given on paper, at a workshop or in an interview, by a member of the team who may run
     * consultations. In an anonymous consultation nobody is named.
     */
    @Transactional
    public ResultsView.ResponseLine record(long id, long consultationId, ResponseDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = consultations.find(id, consultationId);
        requireTakesAnswers(c);
        var today = consultations.today();
        var errors = new InvalidInputException.Collector()
                .rejectIf(details.channel() == null, "channel", "consultation.response.channelMissing")
                .rejectIf(
                        details.receivedOn() != null && details.receivedOn().isAfter(today),
                        "receivedOn",
                        "consultation.response.receivedInFuture")
                .rejectIf(
                        details.receivedOn() != null
                                && c.opens() != null
                                && details.receivedOn().isBefore(c.opens()),
                        "receivedOn",
                        "consultation.response.receivedBeforeOpening")
                .rejectIf(
                        c.anonymous()
                                && (details.onBehalfOf() != null || !ConsultationInput.blank(details.respondent())),
                        "respondent",
                        "consultation.response.anonymous")
                .rejectIf(
                        details.onBehalfOf() != null
                                && !access.partnership().participantIds().contains(details.onBehalfOf())
                                && access.partnership().members().stream()
                                        .noneMatch(m -> m.personId() == details.onBehalfOf()),
                        "onBehalfOf",
                        "consultation.response.notMember");
        ConsultationInput.Checked checked = null;
        try {
            checked = ConsultationInput.answers(c, details.answers(), details.respondent());
        } catch (InvalidInputException wrong) {
            wrong.fieldErrors().forEach((field, message) -> errors.rejectIf(true, field, message));
        }
        errors.throwIfAny();
        var at = details.receivedOn() == null || details.receivedOn().equals(today)
                ? support.clock().instant()
                : details.receivedOn()
                        .atTime(LocalTime.NOON)
                        .atZone(ConsultationService.SCOTLAND)
                        .toInstant();
        var saved = save(
                c,
                Response.given(
                        c.id(),
                        at,
                        details.channel(),
                        ConsultationInput.blankToNull(details.respondent()),
                        details.onBehalfOf(),
                        user.personId(),
                        checked.answers(),
                        checked.choices()));
        var names = access.partnership().namesById();
        support.audit()
                .record(
                        ConsultationService.SUBJECT,
                        c.id(),
                        id,
                        "consultation.audit.responseRecorded",
                        Changes.create()
                                .field(
                                        "consultation.audit.channel",
                                        null,
                                        saved.channel().labelKey())
                                .field(
                                        "consultation.audit.onBehalfOf",
                                        null,
                                        saved.onBehalfOf() == null ? null : names.get(saved.onBehalfOf()))
                                .note(c.title()));
        return line(saved, names, c.anonymous());
    }

    /** What people said, counted, with the latest responses and who entered them. */
    @Transactional(readOnly = true)
    public ResultsView results(long id, long consultationId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var c = consultations.find(id, consultationId);
        var view = consultations.view(access, c);
        var jdbc = support.jdbc();
        long total = view.responses();
        var byChannel = new EnumMap<Channel, Long>(Channel.class);
        jdbc.sql("select channel, count(*) from consultation_response where consultation_id = ? group by channel")
                .param(c.id())
                .query((rs, n) -> Map.entry(Channel.valueOf(rs.getString(1)), rs.getLong(2)))
                .list()
                .forEach(e -> byChannel.put(e.getKey(), e.getValue()));
        var questions = questionResults(c.id(), view.questions(), false);
        var names = access.partnership().namesById();
        var latest = jdbc.sql("select id from consultation_response where consultation_id = ?"
                        + " order by received_at desc, id desc fetch first 20 rows only")
                .param(c.id())
                .query(Long.class)
                .list();
        var lines = new ArrayList<ResultsView.ResponseLine>();
        responses.findAllById(latest).stream()
                .sorted(java.util.Comparator.comparing(Response::receivedAt)
                        .thenComparing(Response::id)
                        .reversed())
                .forEach(r -> lines.add(line(r, names, c.anonymous())));
        return new ResultsView(view, total, byChannel, questions, lines);
    }

    /**
     * Each question's results, counted by the database; {@code published} leaves out the free-text answers the team
     * hid from the published summary.
     */
    private List<ResultsView.QuestionResult> questionResults(
            long consultationId, List<ConsultationView.QuestionView> asked, boolean published) {
        var jdbc = support.jdbc();
        var choiceCounts = new HashMap<Integer, Map<Integer, Long>>();
        jdbc.sql("select position, option_index, count(*) from consultation_choice where consultation_id = ?"
                        + " group by position, option_index")
                .param(consultationId)
                .query((rs, n) -> new long[] {rs.getInt(1), rs.getInt(2), rs.getLong(3)})
                .list()
                .forEach(r -> choiceCounts
                        .computeIfAbsent((int) r[0], k -> new HashMap<>())
                        .put((int) r[1], r[2]));
        var choosers = new HashMap<Integer, Long>();
        jdbc.sql("select position, count(distinct response_id) from consultation_choice where consultation_id = ?"
                        + " group by position")
                .param(consultationId)
                .query((rs, n) -> Map.entry(rs.getInt(1), rs.getLong(2)))
                .list()
                .forEach(e -> choosers.put(e.getKey(), e.getValue()));
        var ratingCounts = new HashMap<Integer, Map<Integer, Long>>();
        var textCounts = new HashMap<Integer, Long>();
        jdbc.sql("select position, rating, count(*) from consultation_answer where consultation_id = ?"
                        + " group by position, rating")
                .param(consultationId)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getObject(2), rs.getLong(3)})
                .list()
                .forEach(r -> {
                    int position = (Integer) r[0];
                    if (r[1] == null) {
                        textCounts.merge(position, (Long) r[2], Long::sum);
                    } else {
                        ratingCounts
                                .computeIfAbsent(position, k -> new HashMap<>())
                                .put(((Number) r[1]).intValue(), (Long) r[2]);
                    }
                });
        var questions = new ArrayList<ResultsView.QuestionResult>();
        for (var q : asked) {
            int position = q.number() - 1;
            questions.add(
                    switch (q.kind()) {
                        case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                            long answered = choosers.getOrDefault(position, 0L);
                            var counts = choiceCounts.getOrDefault(position, Map.of());
                            var list = new ArrayList<ResultsView.Count>();
                            for (int o = 0; o < q.options().size(); o++) {
                                long n = counts.getOrDefault(o, 0L);
                                list.add(new ResultsView.Count(q.options().get(o), n, percent(n, answered)));
                            }
                            yield new ResultsView.QuestionResult(
                                    q.number(), q.kind(), q.text(), answered, list, null, List.of());
                        }
                        case RATING -> {
                            var counts = ratingCounts.getOrDefault(position, Map.of());
                            long answered = counts.values().stream()
                                    .mapToLong(Long::longValue)
                                    .sum();
                            long sum = counts.entrySet().stream()
                                    .mapToLong(e -> e.getKey() * e.getValue())
                                    .sum();
                            var list = new ArrayList<ResultsView.Count>();
                            for (int r = 1; r <= QuestionKind.RATING_MAX; r++) {
                                long n = counts.getOrDefault(r, 0L);
                                list.add(new ResultsView.Count(String.valueOf(r), n, percent(n, answered)));
                            }
                            yield new ResultsView.QuestionResult(
                                    q.number(),
                                    q.kind(),
                                    q.text(),
                                    answered,
                                    list,
                                    answered == 0 ? null : Math.round(sum * 10.0 / answered) / 10.0,
                                    List.of());
                        }
                        case FREE_TEXT ->
                            new ResultsView.QuestionResult(
                                    q.number(),
                                    q.kind(),
                                    q.text(),
                                    textCounts.getOrDefault(position, 0L),
                                    List.of(),
                                    null,
                                    jdbc.sql("select a.text from consultation_answer a join consultation_response r"
                                                    + " on r.id = a.response_id where a.consultation_id = ? and a.position = ?"
                                                    + " and a.text is not null"
                                                    + (published ? " and a.redacted = false" : "")
                                                    + " order by r.received_at desc, r.id desc"
                                                    + " fetch first " + ConsultationLimits.TEXTS_SHOWN + " rows only")
                                            .params(consultationId, position)
                                            .query(String.class)
                                            .list());
                    });
        }
        return questions;
    }

    private ResultsView.ResponseLine line(Response r, Map<Long, String> names, boolean anonymous) {
        return new ResultsView.ResponseLine(
                r.id(),
                r.receivedAt().atZone(ConsultationService.SCOTLAND),
                r.channel(),
                anonymous ? null : r.respondent(),
                r.recordedBy() == null ? null : names.getOrDefault(r.recordedBy(), ""),
                r.onBehalfOf() == null ? null : names.getOrDefault(r.onBehalfOf(), ""));
    }

    private Response save(Consultation c, Response r) {
        ConsultationLimits.RESPONSES.check("", (int) responses.countByConsultationId(c.id()) + 1);
        return responses.save(r);
    }

    /** Open, within its dates, and its partnership not closed: a closed partnership is a record and takes nothing. */
    private boolean takesAnswers(Consultation c) {
        return c.takesAnswers(consultations.today())
                && !support.partnerships().forChecks(c.partnershipId()).closed();
    }

    private void requireTakesAnswers(Consultation c) {
        if (c.takesAnswers(consultations.today())
                && support.partnerships().forChecks(c.partnershipId()).closed()) {
            throw InvalidInputException.of("", "consultation.answer.partnershipClosed");
        }
        if (!c.takesAnswers(consultations.today())) {
            throw c.status() == ConsultationStatus.DRAFT
                    ? InvalidInputException.of("", "consultation.answer.notOpenYet")
                    : InvalidInputException.of(
                            "", "consultation.answer.closed", scot.cairn.platform.Dates.day(c.closes()));
        }
    }

    private Consultation byLink(String token) {
        if (token == null || !token.matches("[0-9a-f]{32}")) {
            throw new NotFoundException("Consultation");
        }
        return stored.findByLinkToken(token).orElseThrow(() -> new NotFoundException("Consultation"));
    }

    private static int percent(long n, long of) {
        return of == 0 ? 0 : (int) Math.round(n * 100.0 / of);
    }
}
