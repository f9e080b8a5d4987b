package scot.cairn.tendering;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.governance.DecisionApproved;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentReader;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;

/**
 * Publishing a tender. The Procurement Representative or a manager asks the board: a joint decision goes into the
 * decision log, and from then on the tender, its questions and its lots are fixed. When board members of both sectors
 * have approved it the tender is published at that moment and its open contracting {@code tender} release recorded, in
 * the approving transaction, and the tender's own key for sealing bids is made. A request may be withdrawn while it waits, which makes the tender a draft again. Asking is
 * refused until the tender is ready: the questions account for the weights of quality and community benefits, the
 * specification it was drawn from is still the newest approved, and the clarification deadline is still to come.
 */
@Service
public class TenderPublication {

    private final TenderRepository tenders;
    private final QuestionRepository questions;
    private final LotRepository lots;
    private final PartnershipScope scope;
    private final DecisionService decisions;
    private final DocumentReader documents;
    private final OpenContracting openData;
    private final MessageSource messages;
    private final TenderingSupport support;
    private final Sealing sealing;

    TenderPublication(
            TenderRepository tenders,
            QuestionRepository questions,
            LotRepository lots,
            PartnershipScope scope,
            DecisionService decisions,
            DocumentReader documents,
            OpenContracting openData,
            MessageSource messages,
            TenderingSupport support,
            Sealing sealing) {
        this.sealing = sealing;
        this.tenders = tenders;
        this.questions = questions;
        this.lots = lots;
        this.scope = scope;
        this.decisions = decisions;
        this.documents = documents;
        this.openData = openData;
        this.messages = messages;
        this.support = support;
    }

    /** Asks the board to publish the tender, as read at {@code seenVersion}. */
    @Transactional
    public void propose(long id, long tenderId, Integer seenVersion, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PROCUREMENT);
        support.lockTender(tenderId);
        var t = find(id, tenderId);
        ConcurrentChangeException.check("tender", seenVersion, t.version());
        t.refuseUnlessDraft();
        var all = questions.findByTenderIdOrderByNumber(tenderId);
        var d = t.details();
        var today = LocalDate.ofInstant(support.clock().instant(), DeclarationService.SCOTLAND);
        var errors = new InvalidInputException.Collector()
                .rejectIf(d.estimatedValue() == null, "estimatedValue", "tendering.publish.valueMissing");
        for (var c : QuestionCriterion.values()) {
            int asked = all.stream()
                    .filter(q -> q.details().criterion() == c)
                    .mapToInt(q -> q.details().weight())
                    .sum();
            errors.rejectIf(
                    asked != c.weightIn(d),
                    "questions." + c.name(),
                    "tendering.publish.questionsShort",
                    Message.of(c.labelKey()),
                    asked,
                    c.weightIn(d));
        }
        int newest = documents.signedOffVersion(id, DocumentKind.SPEC).orElse(0);
        errors.rejectIf(
                        newest != t.specVersion(),
                        "specVersion",
                        "tendering.publish.newerSpec",
                        t.specVersion(),
                        newest)
                .rejectIf(
                        !d.clarificationDeadline().isAfter(today),
                        "clarificationDeadline",
                        "tendering.publish.tooLate",
                        d.clarificationDeadline().toString())
                .throwIfAny();
        var decision = decisions.proposeFor(id, Editors.PROCUREMENT, TenderService.SUBJECT, words(t, all, today), user);
        t.proposePublication(decision.id(), support.clock().instant());
        var saved = tenders.save(t);
        record(saved, "tendering.audit.publicationProposed", decision.reference());
    }

    /** Withdraws the request to publish, as the tender was read at {@code seenVersion}: the tender is a draft again. */
    @Transactional
    public void withdraw(long id, long tenderId, Integer seenVersion, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PROCUREMENT);
        var t = find(id, tenderId);
        ConcurrentChangeException.check("tender", seenVersion, t.version());
        if (t.status() != TenderStatus.AWAITING_BOARD) {
            throw new TenderLockedException(t.status());
        }
        var decision = decisions.decisions(id, List.of(t.decisionId()), user).get(t.decisionId());
        decisions.withdrawFor(id, Editors.PROCUREMENT, TenderService.SUBJECT, decision.id(), decision.version(), user);
        t.withdrawPublication(support.clock().instant());
        var saved = tenders.save(t);
        record(saved, "tendering.audit.publicationWithdrawn", decision.reference());
    }

    /**
     * The board approved a decision: if it is the joint decision publishing a tender, the tender is published now and
     * its open contracting release recorded. Heard in the approving transaction, so the approval and the publication
     * stand or fall together.
     */
    @EventListener
    void on(DecisionApproved event) {
        if (!event.joint()) {
            return;
        }
        tenders.findByDecisionIdAndStatus(event.decisionId(), TenderStatus.AWAITING_BOARD)
                .ifPresent(t -> {
                    // Approved too late, the tender cannot be published as it stands: the approval is refused with it.
                    var today = LocalDate.ofInstant(event.at(), DeclarationService.SCOTLAND);
                    if (!t.details().clarificationDeadline().isAfter(today)) {
                        throw InvalidInputException.of(
                                "",
                                "tendering.publish.tooLate",
                                t.details().clarificationDeadline().toString());
                    }
                    t.publish(event.at());
                    var saved = tenders.save(t);
                    sealing.create(saved.id());
                    openData.publishTender(saved, lots.findByTenderIdOrderByNumber(saved.id()));
                    record(saved, "tendering.audit.tenderPublished", event.reference());
                });
    }

    private DecisionDetails words(Tender t, List<Question> all, LocalDate today) {
        var d = t.details();
        var format = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(LocaleContextHolder.getLocale());
        var reference = "T-" + t.number();
        return new DecisionDetails(
                say("tendering.publish.decisionTitle", reference, d.title()),
                say(
                        "tendering.publish.decisionContext",
                        reference,
                        t.specVersion(),
                        say(d.procedure().labelKey()),
                        Tender.pounds(d.estimatedValue()),
                        lots.findByTenderIdOrderByNumber(t.id()).size(),
                        all.size(),
                        d.qualityWeight(),
                        d.priceWeight(),
                        d.benefitsWeight(),
                        d.bidDeadline().format(format),
                        d.intendedAward().format(format)),
                null,
                say("tendering.publish.decisionText", reference),
                today,
                true,
                null,
                null,
                null);
    }

    private String say(String key, Object... args) {
        return messages.getMessage(Message.of(key, args), LocaleContextHolder.getLocale());
    }

    private Tender find(long id, long tenderId) {
        return tenders.findByIdAndPartnershipId(tenderId, id).orElseThrow(() -> new NotFoundException("Tender"));
    }

    private void record(Tender t, String action, String decision) {
        support.audit()
                .record(
                        TenderService.SUBJECT,
                        t.id(),
                        t.partnershipId(),
                        action,
                        Changes.create().note("T-" + t.number()).field("tendering.audit.decision", null, decision));
    }
}
