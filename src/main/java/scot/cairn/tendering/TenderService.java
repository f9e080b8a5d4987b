package scot.cairn.tendering;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentReader;
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
 * Tenders drawn from the approved service specification: their procedure, the weights of the award criteria and the
 * timetable, drafted by the Procurement Representative or a manager ({@link Editors#PROCUREMENT}) with the version
 * read, read by every member. A tender needs a signed-off specification. Every change is in the audit trail.
 */
@Service
public class TenderService {

    static final String SUBJECT = "tendering-tender";
    static final Limit TENDERS = new Limit(20, "tendering.limit.tenders");

    private final TenderRepository tenders;
    private final PartnershipScope scope;
    private final DocumentReader documents;
    private final TenderingSupport support;
    private final LotRepository lots;
    private final scot.cairn.governance.DecisionService decisions;

    TenderService(
            TenderRepository tenders,
            PartnershipScope scope,
            DocumentReader documents,
            TenderingSupport support,
            LotRepository lots,
            scot.cairn.governance.DecisionService decisions) {
        this.tenders = tenders;
        this.lots = lots;
        this.decisions = decisions;
        this.scope = scope;
        this.documents = documents;
        this.support = support;
    }

    @Transactional(readOnly = true)
    public List<TenderView> tenders(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        return tenders.findByPartnershipIdOrderByNumber(id).stream()
                .map(t -> view(access, t, user))
                .toList();
    }

    @Transactional(readOnly = true)
    public TenderView tender(long id, long tenderId, CurrentUser user) {
        return view(scope.requireRead(id, user), find(id, tenderId), user);
    }

    /** For the pages that draw or change a tender: those who may write tenders, or 403. */
    public void requireWriter(long id, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PROCUREMENT);
    }

    /** Whether the person may draw a tender now: they may write and the specification is approved. */
    @Transactional(readOnly = true)
    public boolean mayDraw(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        return access.mayEdit(Editors.PROCUREMENT)
                && documents.signedOffVersion(id, DocumentKind.SPEC).isPresent();
    }

    /**
     * Draws a tender, numbered T-1, T-2..., from the newest approved version of the specification.
     *
     * @throws InvalidInputException when no version of the specification is approved yet, or on bad details
     */
    @Transactional
    public TenderView draw(long id, TenderDetails d, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PROCUREMENT);
        int spec = documents
                .signedOffVersion(id, DocumentKind.SPEC)
                .orElseThrow(() -> InvalidInputException.of("", "tendering.tender.specNotApproved"));
        Tender.check(d);
        TENDERS.check("", (int) tenders.countByPartnershipId(id) + 1);
        var saved = tenders.save(Tender.draw(
                id,
                support.sequences().next("tendering-tender", id),
                spec,
                d,
                support.clock().instant()));
        record(saved, "tendering.audit.tenderDrawn", changes(null, saved.details()));
        return view(access, saved, user);
    }

    /** Changes a tender, as read at {@code seenVersion}. */
    @Transactional
    public TenderView change(long id, long tenderId, Integer seenVersion, TenderDetails d, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PROCUREMENT);
        var t = find(id, tenderId);
        ConcurrentChangeException.check("tender", seenVersion, t.version());
        t.refuseUnlessDraft();
        var before = t.details();
        Tender.check(d);
        questionsFit(t, d);
        var worth = LotService.sum(lots.findByTenderIdOrderByNumber(tenderId));
        if (worth.compareTo(d.estimatedValue()) > 0) {
            throw InvalidInputException.of("estimatedValue", "tendering.tender.belowLots", Tender.pounds(worth));
        }
        t.change(d, support.clock().instant());
        var saved = tenders.save(t);
        record(saved, "tendering.audit.tenderChanged", changes(before, saved.details()));
        return view(access, saved, user);
    }

    /** Refuses weights below what the tender's questions under a criterion already weigh. */
    private void questionsFit(Tender t, TenderDetails d) {
        var errors = new InvalidInputException.Collector();
        support.jdbc()
                .sql("select criterion, sum(weight) from tendering_question where tender_id = ? group by criterion")
                .param(t.id())
                .query((rs, n) -> java.util.Map.entry(QuestionCriterion.valueOf(rs.getString(1)), rs.getInt(2)))
                .list()
                .forEach(e -> errors.rejectIf(
                        e.getKey().weightIn(d) < e.getValue(),
                        e.getKey() == QuestionCriterion.QUALITY ? "qualityWeight" : "benefitsWeight",
                        "tendering.tender.belowQuestions",
                        scot.cairn.platform.Message.of(e.getKey().labelKey()),
                        e.getValue()));
        errors.throwIfAny();
    }

    private Tender find(long id, long tenderId) {
        return tenders.findByIdAndPartnershipId(tenderId, id).orElseThrow(() -> new NotFoundException("Tender"));
    }

    private static Changes changes(TenderDetails before, TenderDetails after) {
        return Changes.create()
                .field("tendering.tender.title", before == null ? null : before.title(), after.title())
                .field(
                        "tendering.tender.procedure",
                        before == null ? null : before.procedure().labelKey(),
                        after.procedure().labelKey())
                .field(
                        "tendering.tender.estimatedValue",
                        before == null || before.estimatedValue() == null
                                ? null
                                : before.estimatedValue().toPlainString(),
                        after.estimatedValue().toPlainString())
                .field("tendering.tender.weights", before == null ? null : weights(before), weights(after))
                .field(
                        "tendering.tender.publication",
                        before == null ? null : before.publication(),
                        after.publication())
                .field(
                        "tendering.tender.clarificationDeadline",
                        before == null ? null : before.clarificationDeadline(),
                        after.clarificationDeadline())
                .field(
                        "tendering.tender.bidDeadline",
                        before == null ? null : before.bidDeadline(),
                        after.bidDeadline())
                .field(
                        "tendering.tender.evaluationEnd",
                        before == null ? null : before.evaluationEnd(),
                        after.evaluationEnd())
                .field(
                        "tendering.tender.intendedAward",
                        before == null ? null : before.intendedAward(),
                        after.intendedAward())
                .field(
                        "tendering.tender.contractStart",
                        before == null ? null : before.contractStart(),
                        after.contractStart());
    }

    private static String weights(TenderDetails d) {
        return d.qualityWeight() + " / " + d.priceWeight() + " / " + d.benefitsWeight();
    }

    private void record(Tender t, String action, Changes changes) {
        support.audit().record(SUBJECT, t.id(), t.partnershipId(), action, changes.note("T-" + t.number()));
    }

    private TenderView view(Access access, Tender t, CurrentUser user) {
        var decision = t.decisionId() == null
                ? null
                : decisions
                        .decisions(t.partnershipId(), List.of(t.decisionId()), user)
                        .get(t.decisionId());
        return view(access, t, lots.findByTenderIdOrderByNumber(t.id()), decision);
    }

    static TenderView view(Access access, Tender t, List<Lot> lots, scot.cairn.governance.DecisionView decision) {
        boolean writes = access.mayEdit(Editors.PROCUREMENT);
        return new TenderView(
                t.id(),
                t.version(),
                "T-" + t.number(),
                t.specVersion(),
                t.status(),
                t.details(),
                t.standstillEnd(),
                lots.stream().map(LotService::view).toList(),
                t.decisionId(),
                decision == null ? null : decision.reference(),
                t.publishedAt() == null ? null : t.publishedAt().atZone(DeclarationService.SCOTLAND),
                t.updatedAt().atZone(DeclarationService.SCOTLAND),
                writes && t.status() == TenderStatus.DRAFT,
                writes && t.status() != TenderStatus.PUBLISHED,
                writes);
    }
}
