package scot.cairn.consultation;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.Sequences;

/**
 * Consultations and their questions. Members read them; {@link Editors#CONSULTATIONS} prepare them, open them (which
 * makes their link) and close them. Questions change only while a consultation is a draft. Every change carries the
 * version read and is in the partnership's history.
 */
@Service
public class ConsultationService {

    static final String SUBJECT = "consultation";
    static final ZoneId SCOTLAND = ZoneId.of("Europe/London");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ConsultationRepository consultations;
    private final ResponseRepository responses;
    private final PartnershipScope scope;
    private final AuditTrail audit;
    private final Clock clock;
    private final Sequences sequences;

    ConsultationService(
            ConsultationRepository consultations,
            ResponseRepository responses,
            PartnershipScope scope,
            AuditTrail audit,
            Clock clock,
            Sequences sequences) {
        this.consultations = consultations;
        this.responses = responses;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
        this.sequences = sequences;
    }

    /** The partnership's consultations, newest first, and whether the reader may start one. */
    public record Listing(List<ConsultationView> consultations, boolean mayEdit) {}

    @Transactional(readOnly = true)
    public Listing list(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        return new Listing(
                consultations.findByPartnershipIdOrderByNumberDesc(id).stream()
                        .map(c -> view(access, c))
                        .toList(),
                access.mayEdit(Editors.CONSULTATIONS));
    }

    @Transactional(readOnly = true)
    public ConsultationView get(long id, long consultationId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        return view(access, find(id, consultationId));
    }

    /** Refuses anyone who may not run consultations, so that a form is not shown to someone who could not send it. */
    @Transactional(readOnly = true)
    public void checkMayEdit(long id, CurrentUser user) {
        scope.requireEdit(id, user, Editors.CONSULTATIONS);
    }

    /** Starts a consultation as a draft; refused past {@link ConsultationLimits#CONSULTATIONS}. */
    @Transactional
    public ConsultationView create(long id, ConsultationDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.CONSULTATIONS);
        ConsultationInput.check(details);
        ConsultationLimits.CONSULTATIONS.check("title", (int) consultations.countByPartnershipId(id) + 1);
        var c = consultations.save(Consultation.draft(id, sequences.next(SUBJECT, id), details));
        record(c, "consultation.audit.created", Changes.create().field("consultation.audit.title", null, c.title()));
        return view(access, c);
    }

    /** Changes what the consultation is, as read at {@code seenVersion}; refused once closed. */
    @Transactional
    public ConsultationView describe(
            long id, long consultationId, Integer seenVersion, ConsultationDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = find(id, consultationId);
        ConcurrentChangeException.check("consultation", seenVersion, c.version());
        ConsultationInput.check(details);
        String before = c.title();
        var closesBefore = c.closes();
        c.describe(details);
        var saved = consultations.save(c);
        record(
                saved,
                "consultation.audit.described",
                Changes.create()
                        .field("consultation.audit.title", before, saved.title())
                        .field("consultation.audit.closes", closesBefore, saved.closes()));
        return view(access, saved);
    }

    /** Adds a question at the end, while the consultation is a draft. */
    @Transactional
    public ConsultationView addQuestion(
            long id, long consultationId, Integer seenVersion, QuestionDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = find(id, consultationId);
        ConcurrentChangeException.check("consultation", seenVersion, c.version());
        var q = ConsultationInput.question(details);
        c.addQuestion(q);
        var saved = consultations.save(c);
        record(saved, "consultation.audit.questionAdded", Changes.create().note(q.text()));
        return view(access, saved);
    }

    /** Removes the question numbered {@code number} (from 1), while the consultation is a draft. */
    @Transactional
    public ConsultationView removeQuestion(
            long id, long consultationId, Integer seenVersion, int number, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = find(id, consultationId);
        ConcurrentChangeException.check("consultation", seenVersion, c.version());
        String text = number >= 1 && number <= c.questions().size()
                ? c.questions().get(number - 1).text()
                : null;
        c.removeQuestion(number - 1);
        var saved = consultations.save(c);
        record(saved, "consultation.audit.questionRemoved", Changes.create().note(text));
        return view(access, saved);
    }

    /** Opens the consultation for answers and makes its link; it needs questions and a closing date not past. */
    @Transactional
    public ConsultationView open(long id, long consultationId, Integer seenVersion, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = find(id, consultationId);
        ConcurrentChangeException.check("consultation", seenVersion, c.version());
        byte[] secret = new byte[16];
        RANDOM.nextBytes(secret);
        c.open(HexFormat.of().formatHex(secret), clock.instant(), today());
        var saved = consultations.save(c);
        record(
                saved,
                "consultation.audit.opened",
                Changes.create().field("consultation.audit.closes", null, saved.closes()));
        return view(access, saved);
    }

    /** Closes the consultation: its link takes no more answers, and nor does the team. */
    @Transactional
    public ConsultationView close(long id, long consultationId, Integer seenVersion, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = find(id, consultationId);
        ConcurrentChangeException.check("consultation", seenVersion, c.version());
        c.close(clock.instant());
        var saved = consultations.save(c);
        record(saved, "consultation.audit.closed", Changes.create());
        return view(access, saved);
    }

    Consultation find(long id, long consultationId) {
        return consultations
                .findByIdAndPartnershipId(consultationId, id)
                .orElseThrow(() -> new NotFoundException("Consultation"));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(SCOTLAND));
    }

    ConsultationView view(Access access, Consultation c) {
        var questions = c.questions();
        return new ConsultationView(
                c.id(),
                c.version(),
                c.partnershipId(),
                c.number(),
                c.title(),
                c.purpose(),
                c.audience(),
                c.methods(),
                c.opens(),
                c.closes(),
                c.support(),
                c.anonymous(),
                c.status(),
                c.linkToken() == null ? null : "/public/consultations/" + c.linkToken(),
                c.closedAt() == null ? null : c.closedAt().atZone(SCOTLAND),
                java.util.stream.IntStream.range(0, questions.size())
                        .mapToObj(i -> questionView(i, questions.get(i)))
                        .toList(),
                responses.countByConsultationId(c.id()),
                c.takesAnswers(today()),
                access.mayEdit(Editors.CONSULTATIONS) && c.status() != ConsultationStatus.CLOSED);
    }

    static ConsultationView.QuestionView questionView(int index, Question q) {
        return new ConsultationView.QuestionView(index + 1, q.kind(), q.text(), q.optionList(), q.required());
    }

    private void record(Consultation c, String action, Changes changes) {
        audit.record(SUBJECT, c.id(), c.partnershipId(), action, changes.note(c.title()));
    }
}
