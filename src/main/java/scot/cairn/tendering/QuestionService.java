package scot.cairn.tendering;

import java.util.Arrays;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Limit;
import scot.cairn.platform.NotFoundException;

/**
 * The questions bidders answer in a tender, written by the Procurement Representative or a manager with the version
 * read and read by every member. Under each criterion the questions weigh no more than the criterion itself; a
 * criterion weighing nothing takes no questions. Every change is in the audit trail.
 */
@Service
public class QuestionService {

    static final String SUBJECT = "tendering-question";
    static final Limit QUESTIONS = new Limit(50, "tendering.limit.questions");

    private final QuestionRepository questions;
    private final TenderRepository tenders;
    private final PartnershipScope scope;
    private final TenderingSupport support;

    QuestionService(
            QuestionRepository questions, TenderRepository tenders, PartnershipScope scope, TenderingSupport support) {
        this.questions = questions;
        this.tenders = tenders;
        this.scope = scope;
        this.support = support;
    }

    @Transactional(readOnly = true)
    public QuestionsView questions(long id, long tenderId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        return view(access, tender(id, tenderId));
    }

    /** One question, for its change page: for those who may change it. */
    @Transactional(readOnly = true)
    public QuestionsView.QuestionView question(long id, long tenderId, long questionId, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PROCUREMENT);
        return view(find(tender(id, tenderId), questionId));
    }

    /** Adds a question, numbered Q1, Q2... in its tender; refused past {@link #QUESTIONS}. */
    @Transactional
    public QuestionsView.QuestionView ask(long id, long tenderId, QuestionDetails d, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PROCUREMENT);
        support.lockTender(tenderId);
        var t = tender(id, tenderId);
        t.refuseUnlessDraft();
        Question.check(d);
        var all = questions.findByTenderIdOrderByNumber(tenderId);
        QUESTIONS.check("", all.size() + 1);
        fits(t, all, null, d);
        var saved = questions.save(Question.ask(tenderId, support.sequences().next("tendering-question", tenderId), d));
        record(
                t,
                saved,
                "tendering.audit.questionAdded",
                Changes.create().note(d.text().strip()));
        return view(saved);
    }

    /** Changes a question, as read at {@code seenVersion}. */
    @Transactional
    public QuestionsView.QuestionView change(
            long id, long tenderId, long questionId, Integer seenVersion, QuestionDetails d, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PROCUREMENT);
        support.lockTender(tenderId);
        var t = tender(id, tenderId);
        var q = find(t, questionId);
        ConcurrentChangeException.check("question", seenVersion, q.version());
        t.refuseUnlessDraft();
        Question.check(d);
        fits(t, questions.findByTenderIdOrderByNumber(tenderId), q.id(), d);
        var before = q.details();
        q.change(d);
        var saved = questions.save(q);
        var after = saved.details();
        record(
                t,
                saved,
                "tendering.audit.questionChanged",
                Changes.create()
                        .field(
                                "tendering.question.criterion",
                                before.criterion().labelKey(),
                                after.criterion().labelKey())
                        .field("tendering.question.weight", before.weight(), after.weight())
                        .field("tendering.question.text", before.text(), after.text())
                        .field("tendering.question.guidance", before.guidance(), after.guidance()));
        return view(saved);
    }

    /** Removes a question, as read at {@code seenVersion}. */
    @Transactional
    public void remove(long id, long tenderId, long questionId, Integer seenVersion, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PROCUREMENT);
        support.lockTender(tenderId);
        var t = tender(id, tenderId);
        var q = find(t, questionId);
        ConcurrentChangeException.check("question", seenVersion, q.version());
        t.refuseUnlessDraft();
        questions.delete(q);
        record(
                t,
                q,
                "tendering.audit.questionRemoved",
                Changes.create().note(q.details().text()));
    }

    /** Refuses a question that would make its criterion's questions weigh more than the criterion. */
    private static void fits(Tender t, java.util.List<Question> all, Long replacing, QuestionDetails d) {
        int criterionWeight = d.criterion().weightIn(t.details());
        if (criterionWeight == 0) {
            throw InvalidInputException.of("criterion", "tendering.question.criterionUnweighted");
        }
        int others = all.stream()
                .filter(q -> !q.id().equals(replacing) && q.details().criterion() == d.criterion())
                .mapToInt(q -> q.details().weight())
                .sum();
        if (others + d.weight() > criterionWeight) {
            throw InvalidInputException.of(
                    "weight",
                    "tendering.question.overweight",
                    scot.cairn.platform.Message.of(d.criterion().labelKey()),
                    others + d.weight(),
                    criterionWeight);
        }
    }

    private Tender tender(long id, long tenderId) {
        return tenders.findByIdAndPartnershipId(tenderId, id).orElseThrow(() -> new NotFoundException("Tender"));
    }

    private Question find(Tender t, long questionId) {
        return questions.findByIdAndTenderId(questionId, t.id()).orElseThrow(() -> new NotFoundException("Question"));
    }

    private QuestionsView view(Access access, Tender t) {
        var all = questions.findByTenderIdOrderByNumber(t.id());
        var shares = Arrays.stream(QuestionCriterion.values())
                .map(c -> new QuestionsView.Share(
                        c,
                        all.stream()
                                .filter(q -> q.details().criterion() == c)
                                .mapToInt(q -> q.details().weight())
                                .sum(),
                        c.weightIn(t.details())))
                .toList();
        return new QuestionsView(
                all.stream().map(QuestionService::view).toList(),
                shares,
                access.mayEdit(Editors.PROCUREMENT) && t.status() == TenderStatus.DRAFT);
    }

    static QuestionsView.QuestionView view(Question q) {
        return new QuestionsView.QuestionView(q.id(), q.version(), "Q" + q.number(), q.details());
    }

    private void record(Tender t, Question q, String action, Changes changes) {
        support.audit()
                .record(
                        SUBJECT,
                        q.id(),
                        t.partnershipId(),
                        action,
                        changes.note("T-" + t.number() + " Q" + q.number()));
    }
}
