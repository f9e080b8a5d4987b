package scot.cairn.tendering;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.OrganisationService;
import scot.cairn.engagement.ParityService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Limit;
import scot.cairn.platform.NotFoundException;

/**
 * Clarification questions of a published tender. A provider whose organisation expressed interest asks before the
 * clarification deadline (noon, Scottish time); the Procurement Representative or a manager answers before the bid
 * deadline, wording the question so that it names nobody. The answer is published to every interested provider at the
 * same moment (they are told together by {@link ClarificationPublished}) and enters the information-parity ledger as
 * given to all of them. Nobody else's question is shown to a provider until it is answered, and then without its
 * organisation.
 */
@Service
public class ClarificationService {

    static final int QUESTION = 2000;
    static final int ANSWER = 5000;
    static final Limit CLARIFICATIONS = new Limit(200, "tendering.limit.clarifications");

    private final BidService bids;
    private final PartnershipScope scope;
    private final ParityService parity;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final TenderingSupport support;

    ClarificationService(
            BidService bids,
            PartnershipScope scope,
            ParityService parity,
            OrganisationService organisations,
            ApplicationEventPublisher events,
            TenderingSupport support) {
        this.bids = bids;
        this.scope = scope;
        this.parity = parity;
        this.organisations = organisations;
        this.events = events;
        this.support = support;
    }

    private record Row(
            long id,
            int version,
            int number,
            long organisationId,
            Instant askedAt,
            String question,
            String publicQuestion,
            String answer,
            Instant publishedAt) {}

    /** The tender's clarifications as this reader may see them (a provider, or someone who writes tenders). */
    @Transactional(readOnly = true)
    public ClarificationsView clarifications(long id, long tenderId, CurrentUser user) {
        var t = bids.published(id, tenderId, user);
        boolean officer = scope.accessFor(id, user)
                .map(a -> a.mayEdit(Editors.PROCUREMENT))
                .orElse(false);
        var rows = rows(t.id());
        var names = officer
                ? organisations.getAll(
                        rows.stream().map(Row::organisationId).distinct().toList())
                : java.util.Map.<Long, scot.cairn.directory.OrganisationSummary>of();
        Long own = user.organisationId();
        var now = support.clock().instant();
        boolean answerable = now.isBefore(BidService.deadline(t.details().bidDeadline()));
        var shown = rows.stream()
                .filter(r -> officer || r.publishedAt() != null || (own != null && own == r.organisationId()))
                .map(r -> {
                    boolean mine = own != null && own == r.organisationId();
                    return new ClarificationsView.ClarificationView(
                            r.id(),
                            r.version(),
                            "C-" + r.number(),
                            officer ? names.get(r.organisationId()).name() : null,
                            officer || mine ? r.question() : null,
                            r.askedAt().atZone(DeclarationService.SCOTLAND),
                            r.publicQuestion(),
                            r.answer(),
                            r.publishedAt() == null ? null : r.publishedAt().atZone(DeclarationService.SCOTLAND),
                            officer && r.publishedAt() == null && answerable);
                })
                .toList();
        var deadline = deadline(t);
        boolean asking = now.isBefore(deadline);
        boolean mayAsk = BidService.refusal(user) == null && asking && bids.interested(t.id(), user.organisationId());
        return new ClarificationsView(shown, deadline.atZone(DeclarationService.SCOTLAND), asking, mayAsk);
    }

    /** Asks a question for the person's organisation, which must have expressed interest; before the deadline. */
    @Transactional
    public ClarificationsView ask(long id, long tenderId, String question, CurrentUser user) {
        var t = bids.published(id, tenderId, user);
        BidService.refuseUnlessBidder(user);
        if (!bids.interested(t.id(), user.organisationId())) {
            throw InvalidInputException.of("question", "tendering.clarification.interestFirst");
        }
        var now = support.clock().instant();
        if (!now.isBefore(deadline(t))) {
            throw InvalidInputException.of(
                    "question",
                    "tendering.clarification.late",
                    t.details().clarificationDeadline().toString());
        }
        new InvalidInputException.Collector()
                .rejectIf(question == null || question.isBlank(), "question", "tendering.clarification.questionMissing")
                .rejectIf(
                        question != null && question.strip().length() > QUESTION,
                        "question",
                        "tendering.clarification.questionTooLong",
                        QUESTION)
                .throwIfAny();
        CLARIFICATIONS.check("question", rows(t.id()).size() + 1);
        int number = support.sequences().next("tendering-clarification", t.id());
        support.jdbc()
                .sql("""
                        insert into tendering_clarification (version, tender_id, number, organisation_id, asked_by,
                                                             asked_at, question)
                        values (0, ?, ?, ?, ?, ?, ?)
                        """)
                .params(t.id(), number, user.organisationId(), user.personId(), Timestamp.from(now), question.strip())
                .update();
        record(t, "tendering.audit.clarificationAsked", Changes.create().note("T-" + t.number() + " C-" + number));
        return clarifications(id, tenderId, user);
    }

    /**
     * Answers a question, as read at {@code seenVersion}, and publishes it to every interested provider with the
     * question as worded for everyone. Once; before the bid deadline.
     */
    @Transactional
    public ClarificationsView answer(
            long id,
            long tenderId,
            long clarificationId,
            Integer seenVersion,
            String publicQuestion,
            String answer,
            CurrentUser user) {
        scope.requireEdit(id, user, Editors.PROCUREMENT);
        var t = bids.published(id, tenderId, user);
        var r = rows(t.id()).stream()
                .filter(x -> x.id() == clarificationId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Clarification"));
        ConcurrentChangeException.check("clarification", seenVersion, r.version());
        if (r.publishedAt() != null) {
            throw new ConcurrentChangeException("clarification");
        }
        var now = support.clock().instant();
        new InvalidInputException.Collector()
                .rejectIf(
                        !now.isBefore(BidService.deadline(t.details().bidDeadline())),
                        "answer",
                        "tendering.clarification.afterBids",
                        t.details().bidDeadline().toString())
                .rejectIf(
                        publicQuestion == null || publicQuestion.isBlank(),
                        "publicQuestion",
                        "tendering.clarification.publicQuestionMissing")
                .rejectIf(
                        publicQuestion != null && publicQuestion.strip().length() > QUESTION,
                        "publicQuestion",
                        "tendering.clarification.questionTooLong",
                        QUESTION)
                .rejectIf(answer == null || answer.isBlank(), "answer", "tendering.clarification.answerMissing")
                .rejectIf(
                        answer != null && answer.strip().length() > ANSWER,
                        "answer",
                        "tendering.clarification.answerTooLong",
                        ANSWER)
                .throwIfAny();
        int changed = support.jdbc()
                .sql("""
                        update tendering_clarification
                           set version = version + 1, public_question = ?, answer = ?, answered_by = ?, published_at = ?
                         where id = ? and version = ? and published_at is null
                        """)
                .params(
                        publicQuestion.strip(),
                        answer.strip(),
                        user.personId(),
                        Timestamp.from(now),
                        r.id(),
                        r.version())
                .update();
        if (changed == 0) {
            throw new ConcurrentChangeException("clarification");
        }
        var interested = support.jdbc()
                .sql("select organisation_id, person_id from tendering_bid_interest where tender_id = ? order by id")
                .param(t.id())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        parity.clarificationPublished(
                id,
                r.id(),
                "T-" + t.number() + " C-" + r.number() + " " + publicQuestion.strip(),
                LocalDate.ofInstant(now, DeclarationService.SCOTLAND),
                interested.stream().map(i -> i[0]).toList(),
                user.personId());
        events.publishEvent(new ClarificationPublished(
                id,
                t.id(),
                "T-" + t.number(),
                r.number(),
                interested.stream().map(i -> i[1]).distinct().toList(),
                now));
        record(
                t,
                "tendering.audit.clarificationAnswered",
                Changes.create()
                        .note("T-" + t.number() + " C-" + r.number())
                        .field("tendering.clarification.publicQuestion", null, publicQuestion.strip())
                        .field("tendering.clarification.answer", null, answer.strip())
                        .field("tendering.clarification.providers", null, interested.size()));
        return clarifications(id, tenderId, user);
    }

    private static Instant deadline(Tender t) {
        return BidService.deadline(t.details().clarificationDeadline());
    }

    private List<Row> rows(long tenderId) {
        return support.jdbc()
                .sql("""
                        select id, version, number, organisation_id, asked_at, question, public_question, answer,
                               published_at
                          from tendering_clarification where tender_id = ? order by number
                        """)
                .param(tenderId)
                .query((rs, n) -> new Row(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getLong(4),
                        rs.getTimestamp(5).toInstant(),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant()))
                .list();
    }

    private void record(Tender t, String action, Changes changes) {
        support.audit().record(TenderService.SUBJECT, t.id(), t.partnershipId(), action, changes);
    }
}
