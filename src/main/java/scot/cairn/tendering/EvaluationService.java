package scot.cairn.tendering;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.AccountService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Limit;
import scot.cairn.platform.NotFoundException;

/**
 * Evaluating an opened tender. The Procurement Representative or a manager who may read the bids appoints evaluators
 * question by question: members who take part, whose declaration of interests is reviewed with no relevant conflict
 * ({@link DeclarationService#evaluatorRefusal}, checked again whenever they score) and whose organisation does not
 * bid. Each evaluator scores each bid on their questions alone, from 0 to {@link Evaluation#SCALE_MAX} with a
 * justification, seeing nobody else's scores. Once every evaluator of a question has scored a bid, the officers record
 * the moderated score, with the reason whenever it differs from an evaluator's; a moderated score fixes the
 * evaluators' scores for that bid. The totals ({@link Evaluation}) rank the bids lot by lot.
 */
@Service
public class EvaluationService {

    static final int JUSTIFICATION = 4000;
    static final Limit EVALUATORS = new Limit(10, "tendering.limit.evaluators");

    private final TenderRepository tenders;
    private final QuestionRepository questions;
    private final PartnershipScope scope;
    private final DeclarationService declarations;
    private final OpeningService opening;
    private final TenderingSupport support;
    private final People people;

    EvaluationService(
            TenderRepository tenders,
            QuestionRepository questions,
            PartnershipScope scope,
            DeclarationService declarations,
            OpeningService opening,
            TenderingSupport support,
            People people) {
        this.tenders = tenders;
        this.questions = questions;
        this.scope = scope;
        this.declarations = declarations;
        this.opening = opening;
        this.support = support;
        this.people = people;
    }

    /** The directory's people and identity's accounts, to name evaluators and check who they are. */
    @org.springframework.stereotype.Component
    record People(scot.cairn.directory.PersonService directory, AccountService accounts) {}

    private record ScoreRow(
            long id,
            int version,
            long questionId,
            long bidId,
            long personId,
            int score,
            String justification,
            Instant at) {}

    private record ModeratedRow(
            long id, int version, long questionId, long bidId, int score, String reason, long by, Instant at) {}

    /** The evaluation: the matrix and its totals for officers, the reader's own questions for an evaluator. */
    @Transactional(readOnly = true)
    public EvaluationView evaluation(long id, long tenderId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var t = published(id, tenderId);
        boolean officer = opening.impartialOfficer(access, t);
        var appointed = appointments(t.id());
        var asked = questions.findByTenderIdOrderByNumber(t.id());
        var mine = asked.stream()
                .filter(q -> appointed.getOrDefault(q.id(), List.of()).contains(user.personId()))
                .map(Question::number)
                .toList();
        if (!officer && mine.isEmpty()) {
            throw new ForbiddenException("tendering.evaluation.notYours");
        }
        boolean opened = opening.isOpened(t);
        var names = people.directory()
                .getAll(appointed.values().stream()
                        .flatMap(List::stream)
                        .distinct()
                        .toList());
        List<BidView> bids = officer && opened ? opening.opened(t, "evaluation", user) : List.of();
        var scores = scores(t.id());
        var moderated = moderated(t.id());
        var rows = new ArrayList<EvaluationView.QuestionRow>();
        for (var q : asked) {
            var evaluators = appointed.getOrDefault(q.id(), List.of());
            rows.add(new EvaluationView.QuestionRow(
                    q.id(),
                    q.number(),
                    "Q" + q.number(),
                    q.details().criterion(),
                    q.details().text(),
                    q.details().weight(),
                    evaluators.stream().map(p -> names.get(p).fullName()).toList(),
                    (int) scores.stream().filter(s -> s.questionId() == q.id()).count(),
                    evaluators.size() * bids.size(),
                    (int) moderated.stream()
                            .filter(m -> m.questionId() == q.id())
                            .count()));
        }
        var totals = totals(t, bids);
        var bidders = new java.util.LinkedHashMap<Long, String>();
        bids.forEach(b -> bidders.put(b.id(), b.organisation()));
        return new EvaluationView(officer, opened, rows, mine, bidders, totals, Evaluation.SCALE_MAX);
    }

    /** The totals of these opened bids, lot by lot, from the moderated scores. */
    List<Evaluation.Row> totals(Tender t, List<BidView> bids) {
        var asked = questions.findByTenderIdOrderByNumber(t.id());
        var byNumber = new HashMap<Integer, Map<Long, Integer>>();
        for (var m : moderated(t.id())) {
            asked.stream()
                    .filter(q -> q.id() == m.questionId())
                    .findFirst()
                    .ifPresent(q -> byNumber.computeIfAbsent(q.number(), n -> new HashMap<>())
                            .put(m.bidId(), m.score()));
        }
        return Evaluation.rank(
                asked.stream()
                        .map(q ->
                                new Evaluation.Question(q.number(), q.details().weight()))
                        .toList(),
                bids.stream().map(b -> new Evaluation.Bid(b.id(), b.prices())).toList(),
                byNumber,
                t.details().priceWeight());
    }

    /** Appoints a member to evaluate a question. */
    @Transactional
    public EvaluationView appoint(long id, long tenderId, long questionId, Long personId, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PROCUREMENT);
        var t = published(id, tenderId);
        if (!opening.impartialOfficer(access, t)) {
            throw new ForbiddenException("tendering.bids.bidderOrganisation");
        }
        var q = question(t, questionId);
        if (personId == null) {
            throw InvalidInputException.of("personId", "tendering.evaluator.personMissing");
        }
        var member = people.accounts()
                .userOf(personId)
                .flatMap(u -> scope.accessFor(id, u))
                .filter(scot.cairn.partnership.Access::participates)
                .orElseThrow(() -> InvalidInputException.of("personId", "tendering.evaluator.notMember"));
        declarations.evaluatorRefusal(id, personId).ifPresent(why -> {
            throw InvalidInputException.of("personId", why);
        });
        if (opening.bidder(t, member.user().organisationId())) {
            throw InvalidInputException.of("personId", "tendering.evaluator.bidder");
        }
        var already = appointments(t.id()).getOrDefault(q.id(), List.of());
        if (already.contains(personId)) {
            throw InvalidInputException.of("personId", "tendering.evaluator.already");
        }
        EVALUATORS.check("personId", already.size() + 1);
        support.jdbc()
                .sql("""
                        insert into tendering_evaluator (tender_id, question_id, person_id, appointed_at, appointed_by)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(t.id(), q.id(), personId, Timestamp.from(support.clock().instant()), user.personId())
                .update();
        record(
                t,
                "tendering.audit.evaluatorAppointed",
                Changes.create()
                        .note("T-" + t.number() + " Q" + q.number())
                        .field(
                                "tendering.evaluation.evaluator",
                                null,
                                member.user().fullName()));
        return evaluation(id, tenderId, user);
    }

    /** One question, bid by bid, for its evaluators (their own scores) and the officers (every score). */
    @Transactional(readOnly = true)
    public ScoringView question(long id, long tenderId, long questionId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var t = published(id, tenderId);
        var q = question(t, questionId);
        var evaluators = appointments(t.id()).getOrDefault(q.id(), List.of());
        boolean evaluator = evaluators.contains(user.personId());
        boolean officer = opening.impartialOfficer(access, t);
        if (!evaluator && !officer) {
            throw new ForbiddenException("tendering.evaluation.notYours");
        }
        // Once an award stands or the partnership has closed, the scores are read, never changed.
        boolean fixed = !access.open() || awarded(t);
        if (evaluator && !officer) {
            refuseIfConflicted(id, user);
        }
        var bids = opening.opened(t, "evaluation", user);
        var scores =
                scores(t.id()).stream().filter(s -> s.questionId() == q.id()).toList();
        var moderated =
                moderated(t.id()).stream().filter(m -> m.questionId() == q.id()).toList();
        var named = people.directory()
                .getAll(java.util.stream.Stream.concat(
                                scores.stream().map(ScoreRow::personId),
                                moderated.stream().map(ModeratedRow::by))
                        .distinct()
                        .toList());
        var rows = new ArrayList<ScoringView.BidScores>();
        for (var b : bids) {
            var forBid = scores.stream().filter(s -> s.bidId() == b.id()).toList();
            var m = moderated.stream().filter(x -> x.bidId() == b.id()).findFirst();
            var mine = forBid.stream()
                    .filter(s -> s.personId() == user.personId())
                    .findFirst()
                    .map(s -> score(s, named))
                    .orElse(null);
            boolean allScored = !evaluators.isEmpty()
                    && evaluators.stream().allMatch(p -> forBid.stream().anyMatch(s -> s.personId() == p));
            rows.add(new ScoringView.BidScores(
                    b.id(),
                    b.organisation(),
                    b.answers().get(q.number()),
                    evaluator ? mine : null,
                    // An officer sees every score; one who also evaluates the question, only once all have scored.
                    officer && (!evaluator || allScored)
                            ? forBid.stream().map(s -> score(s, named)).toList()
                            : List.of(),
                    m.map(x -> new ScoringView.Moderated(
                                    x.score(),
                                    x.reason(),
                                    named.get(x.by()).fullName(),
                                    x.at().atZone(DeclarationService.SCOTLAND),
                                    x.version()))
                            .orElse(null),
                    evaluator && m.isEmpty() && !fixed,
                    officer && allScored && !fixed));
        }
        return new ScoringView(
                q.id(),
                "Q" + q.number(),
                q.details().text(),
                q.details().guidance(),
                q.details().weight(),
                evaluator,
                officer,
                Evaluation.SCALE_MAX,
                rows);
    }

    /**
     * Scores a bid on a question, as the reader's own score read at {@code seenVersion} (none for a first score).
     * Refused to anyone not appointed to the question, to an evaluator whose declaration no longer allows it, outside
     * the scale, without a justification, and once the bid's score for the question is moderated.
     */
    @Transactional
    public ScoringView score(
            long id,
            long tenderId,
            long questionId,
            long bidId,
            Integer seenVersion,
            Integer score,
            String justification,
            CurrentUser user) {
        scope.requireRead(id, user);
        var t = published(id, tenderId);
        var q = question(t, questionId);
        if (!appointments(t.id()).getOrDefault(q.id(), List.of()).contains(user.personId())) {
            throw new ForbiddenException("tendering.evaluation.notYours");
        }
        refuseIfConflicted(id, user);
        refuseIfAwarded(t);
        var bid = opening.opened(t, "evaluation", user).stream()
                .filter(b -> b.id() == bidId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Bid"));
        if (moderated(t.id()).stream().anyMatch(m -> m.questionId() == q.id() && m.bidId() == bidId)) {
            throw InvalidInputException.of("score", "tendering.score.moderated");
        }
        new InvalidInputException.Collector()
                .rejectIf(
                        score == null || score < 0 || score > Evaluation.SCALE_MAX,
                        "score",
                        "tendering.score.range",
                        Evaluation.SCALE_MAX)
                .rejectIf(
                        justification == null || justification.isBlank(),
                        "justification",
                        "tendering.score.justificationMissing")
                .rejectIf(
                        justification != null && justification.strip().length() > JUSTIFICATION,
                        "justification",
                        "tendering.score.justificationTooLong",
                        JUSTIFICATION)
                .throwIfAny();
        var now = Timestamp.from(support.clock().instant());
        var existing = scores(t.id()).stream()
                .filter(s -> s.questionId() == q.id() && s.bidId() == bidId && s.personId() == user.personId())
                .findFirst();
        if (existing.isPresent()) {
            ConcurrentChangeException.check("score", seenVersion, existing.get().version());
            int changed = support.jdbc()
                    .sql("""
                            update tendering_score set version = version + 1, score = ?, justification = ?,
                                   scored_at = ?
                             where id = ? and version = ?
                            """)
                    .params(
                            score,
                            justification.strip(),
                            now,
                            existing.get().id(),
                            existing.get().version())
                    .update();
            if (changed == 0) {
                throw new ConcurrentChangeException("score");
            }
        } else {
            support.jdbc()
                    .sql("""
                            insert into tendering_score (version, tender_id, question_id, bid_id, person_id, score,
                                                         justification, scored_at)
                            values (0, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(t.id(), q.id(), bidId, user.personId(), score, justification.strip(), now)
                    .update();
        }
        record(
                t,
                "tendering.audit.scored",
                Changes.create()
                        .note("T-" + t.number() + " Q" + q.number() + ": " + bid.organisation())
                        .field(
                                "tendering.score.score",
                                existing.map(ScoreRow::score).orElse(null),
                                score)
                        .field(
                                "tendering.score.justification",
                                existing.map(ScoreRow::justification).orElse(null),
                                justification.strip()));
        return question(id, tenderId, questionId, user);
    }

    /**
     * Records the moderated score of a bid on a question, as read at {@code seenVersion} (none the first time): by
     * the officers, once every evaluator of the question has scored the bid, with the reason whenever it differs from
     * an evaluator's score.
     */
    @Transactional
    public ScoringView moderate(
            long id,
            long tenderId,
            long questionId,
            long bidId,
            Integer seenVersion,
            Integer score,
            String reason,
            CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PROCUREMENT);
        var t = published(id, tenderId);
        if (!opening.impartialOfficer(access, t)) {
            throw new ForbiddenException("tendering.bids.bidderOrganisation");
        }
        var q = question(t, questionId);
        refuseIfAwarded(t);
        var bid = opening.opened(t, "moderation", user).stream()
                .filter(b -> b.id() == bidId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Bid"));
        var evaluators = appointments(t.id()).getOrDefault(q.id(), List.of());
        var given = scores(t.id()).stream()
                .filter(s -> s.questionId() == q.id() && s.bidId() == bidId)
                .toList();
        if (evaluators.isEmpty()
                || !evaluators.stream().allMatch(p -> given.stream().anyMatch(s -> s.personId() == p))) {
            throw InvalidInputException.of("score", "tendering.moderation.notAllScored");
        }
        new InvalidInputException.Collector()
                .rejectIf(
                        score == null || score < 0 || score > Evaluation.SCALE_MAX,
                        "score",
                        "tendering.score.range",
                        Evaluation.SCALE_MAX)
                .rejectIf(
                        score != null
                                && given.stream().anyMatch(s -> s.score() != score)
                                && (reason == null || reason.isBlank()),
                        "reason",
                        "tendering.moderation.reasonMissing")
                .rejectIf(
                        reason != null && reason.strip().length() > JUSTIFICATION,
                        "reason",
                        "tendering.moderation.reasonTooLong",
                        JUSTIFICATION)
                .throwIfAny();
        var text = reason == null || reason.isBlank() ? null : reason.strip();
        var now = Timestamp.from(support.clock().instant());
        var existing = moderated(t.id()).stream()
                .filter(m -> m.questionId() == q.id() && m.bidId() == bidId)
                .findFirst();
        if (existing.isPresent()) {
            ConcurrentChangeException.check(
                    "moderation", seenVersion, existing.get().version());
            int changed = support.jdbc()
                    .sql("""
                            update tendering_moderation set version = version + 1, score = ?, reason = ?,
                                   moderated_by = ?, moderated_at = ?
                             where id = ? and version = ?
                            """)
                    .params(
                            score,
                            text,
                            user.personId(),
                            now,
                            existing.get().id(),
                            existing.get().version())
                    .update();
            if (changed == 0) {
                throw new ConcurrentChangeException("moderation");
            }
        } else {
            support.jdbc()
                    .sql("""
                            insert into tendering_moderation (version, tender_id, question_id, bid_id, score, reason,
                                                              moderated_by, moderated_at)
                            values (0, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(t.id(), q.id(), bidId, score, text, user.personId(), now)
                    .update();
        }
        record(
                t,
                "tendering.audit.moderated",
                Changes.create()
                        .note("T-" + t.number() + " Q" + q.number() + ": " + bid.organisation())
                        .field(
                                "tendering.moderation.score",
                                existing.map(ModeratedRow::score).orElse(null),
                                score)
                        .field(
                                "tendering.moderation.reason",
                                existing.map(ModeratedRow::reason).orElse(null),
                                text));
        return question(id, tenderId, questionId, user);
    }

    /** Once an award is recommended (or approved), the scores it rests on stay as the board read them. */
    private void refuseIfAwarded(Tender t) {
        if (awarded(t)) {
            throw InvalidInputException.of("score", "tendering.score.awarded");
        }
    }

    /** Whether an award of the tender is recommended or approved, which fixes the scores it rests on. */
    private boolean awarded(Tender t) {
        return support.jdbc()
                        .sql("select count(*) from tendering_award where tender_id = ? and status <> 'WITHDRAWN'")
                        .param(t.id())
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void refuseIfConflicted(long id, CurrentUser user) {
        declarations.evaluatorRefusal(id, user.personId()).ifPresent(why -> {
            throw new ForbiddenException(why);
        });
    }

    private static ScoringView.Score score(ScoreRow s, Map<Long, scot.cairn.directory.PersonSummary> named) {
        return new ScoringView.Score(
                named.get(s.personId()).fullName(),
                s.score(),
                s.justification(),
                s.at().atZone(DeclarationService.SCOTLAND),
                s.version());
    }

    /** Evaluators by question id, in the order appointed. */
    private Map<Long, List<Long>> appointments(long tenderId) {
        var all = new HashMap<Long, List<Long>>();
        support.jdbc()
                .sql("select question_id, person_id from tendering_evaluator where tender_id = ? order by id")
                .param(tenderId)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list()
                .forEach(r -> all.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r[1]));
        return all;
    }

    private List<ScoreRow> scores(long tenderId) {
        return support.jdbc()
                .sql("""
                        select id, version, question_id, bid_id, person_id, score, justification, scored_at
                          from tendering_score where tender_id = ? order by id
                        """)
                .param(tenderId)
                .query((rs, n) -> new ScoreRow(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getLong(5),
                        rs.getInt(6),
                        rs.getString(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    private List<ModeratedRow> moderated(long tenderId) {
        return support.jdbc()
                .sql("""
                        select id, version, question_id, bid_id, score, reason, moderated_by, moderated_at
                          from tendering_moderation where tender_id = ? order by id
                        """)
                .param(tenderId)
                .query((rs, n) -> new ModeratedRow(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getLong(3),
                        rs.getLong(4),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getLong(7),
                        rs.getTimestamp(8).toInstant()))
                .list();
    }

    private Tender published(long id, long tenderId) {
        var t = tenders.findByIdAndPartnershipId(tenderId, id).orElseThrow(() -> new NotFoundException("Tender"));
        if (t.status() != TenderStatus.PUBLISHED) {
            throw new NotFoundException("Tender");
        }
        return t;
    }

    private Question question(Tender t, long questionId) {
        return questions.findByIdAndTenderId(questionId, t.id()).orElseThrow(() -> new NotFoundException("Question"));
    }

    private void record(Tender t, String action, Changes changes) {
        support.audit().record(TenderService.SUBJECT, t.id(), t.partnershipId(), action, changes);
    }
}
