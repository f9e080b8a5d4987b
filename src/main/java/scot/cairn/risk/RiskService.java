package scot.cairn.risk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * A partnership's risks and issues register. Members read it; the Project Manager and managers raise and change items
 * ({@link Editors#RISKS}); they and an item's owner record its reviews. Owners are people who take part (managers and
 * members). Every change carries the version it read and is in the partnership's history; a refused change saves
 * nothing.
 */
@Service
public class RiskService {

    static final String SUBJECT = "risk";

    /** The audit trail's subject for a partnership's tolerance, numbered by the partnership. */
    static final String TOLERANCE = "risk-tolerance";

    private final RiskStore store;
    private final PartnershipScope scope;
    private final AuditTrail audit;
    private final Clock clock;

    RiskService(RiskStore store, PartnershipScope scope, AuditTrail audit, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** The register with the board's list and the heat map of open items. */
    @Transactional(readOnly = true)
    public RegisterView register(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        return RiskViews.register(access, store.risks().findByPartnershipIdOrderByNumber(id), tolerance(id), today());
    }

    /** @throws NotFoundException when the item is not in this partnership's register */
    @Transactional(readOnly = true)
    public RiskView risk(long id, long riskId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        return RiskViews.view(access, find(id, riskId), tolerance(id), today());
    }

    /** The id of item {@code number} (R-3 is 3), for links from the decision log. */
    @Transactional(readOnly = true)
    public long idOf(long id, long number, CurrentUser user) {
        scope.requireRead(id, user);
        return store.risks()
                .findByPartnershipIdAndNumber(id, number)
                .map(Risk::id)
                .orElseThrow(() -> new NotFoundException("Risk"));
    }

    /** Refuses anyone who may not change the register, so that a form is not shown to someone who could not send it. */
    @Transactional(readOnly = true)
    public void checkMayEdit(long id, CurrentUser user) {
        scope.requireEdit(id, user, Editors.RISKS);
    }

    /** True when the viewer may raise and change items (the Project Manager or a manager, and it is open). */
    @Transactional(readOnly = true)
    public boolean mayEdit(long id, CurrentUser user) {
        return scope.requireRead(id, user).mayEdit(Editors.RISKS);
    }

    /** The people who may own an item, by name: those who take part in the partnership. */
    @Transactional(readOnly = true)
    public List<PartnershipView.MemberView> owners(long id, CurrentUser user) {
        return scope.requireRead(id, user).partnership().participants();
    }

    /** Adds an open item, numbered next in the register; refused once it holds {@link RiskLimits#RISKS}. */
    @Transactional
    public RiskView raise(long id, RiskDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.RISKS);
        RiskLimits.RISKS.check("", (int) store.risks().countByPartnershipId(id) + 1);
        RiskInput.check(details, access.partnership().participantIds(), today(), false);
        var r = store.risks()
                .save(Risk.raise(id, store.risks().nextNumber(id), details, user.personId(), clock.instant()));
        audit.record(SUBJECT, r.id(), id, "risk.audit.raised", describe(Changes.create(), null, r));
        return RiskViews.view(access, r, tolerance(id), today());
    }

    /** Changes an item as read at {@code seenVersion}; 409 when someone else changed it since. */
    @Transactional
    public RiskView change(long id, long riskId, Integer seenVersion, RiskDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.RISKS);
        var r = find(id, riskId);
        ConcurrentChangeException.check("risk", seenVersion, r.version());
        RiskInput.check(details, access.partnership().participantIds(), today(), true);
        var before = RiskViews.view(access, r, tolerance(id), today());
        r.change(details);
        var saved = store.risks().save(r);
        audit.record(SUBJECT, r.id(), id, "risk.audit.changed", describe(Changes.create(), before, saved));
        return RiskViews.view(access, saved, tolerance(id), today());
    }

    /** Records a review of an open item by someone who changes the register or by its owner. */
    @Transactional
    public RiskView review(long id, long riskId, Integer seenVersion, ReviewDetails review, CurrentUser user) {
        var access = PartnershipScope.requireOpen(scope.requireRead(id, user));
        var r = reviewable(access, riskId, seenVersion);
        RiskInput.check(review, today());
        int before = r.score();
        r.review(review, user.personId(), clock.instant());
        var saved = store.risks().save(r);
        audit.record(
                SUBJECT,
                r.id(),
                id,
                "risk.audit.reviewed",
                Changes.create()
                        .note(r.reference() + " " + r.title())
                        .field("risk.audit.score", before, saved.score())
                        .field("risk.audit.reviewedOn", null, review.reviewedOn())
                        .field("risk.audit.nextReview", null, review.nextReview()));
        return RiskViews.view(access, saved, tolerance(id), today());
    }

    /** Adds an action to an open item, as someone who may review it. */
    @Transactional
    public RiskView addAction(long id, long riskId, Integer seenVersion, ActionDetails action, CurrentUser user) {
        var access = PartnershipScope.requireOpen(scope.requireRead(id, user));
        var r = reviewable(access, riskId, seenVersion);
        RiskInput.check(action, access.partnership().participantIds(), today());
        r.addAction(action);
        var saved = store.risks().save(r);
        audit.record(
                SUBJECT,
                r.id(),
                id,
                "risk.audit.actionAdded",
                Changes.create()
                        .note(r.reference() + " " + r.title())
                        .field("risk.audit.action", null, action.description().strip())
                        .field("risk.audit.actionDue", null, action.due()));
        return RiskViews.view(access, saved, tolerance(id), today());
    }

    /** Marks action {@code number} of an item done today, as someone who may review the item or the action's owner. */
    @Transactional
    public RiskView completeAction(long id, long riskId, int number, Integer seenVersion, CurrentUser user) {
        var access = PartnershipScope.requireOpen(scope.requireRead(id, user));
        var r = find(id, riskId);
        boolean ownsAction = access.participates()
                && number >= 1
                && number <= r.actions().size()
                && r.actions().get(number - 1).ownerId() == user.personId();
        if (!RiskViews.mayReview(access, r) && !ownsAction) {
            throw new ForbiddenException("risk.review.notYours");
        }
        ConcurrentChangeException.check("risk", seenVersion, r.version());
        r.completeAction(number, today());
        var saved = store.risks().save(r);
        audit.record(
                SUBJECT,
                r.id(),
                id,
                "risk.audit.actionDone",
                Changes.create()
                        .note(r.reference() + " " + r.title())
                        .field(
                                "risk.audit.action",
                                null,
                                r.actions().get(number - 1).description()));
        return RiskViews.view(access, saved, tolerance(id), today());
    }

    /** The board's tolerance with the version to send back when changing it. */
    @Transactional(readOnly = true)
    public ToleranceView tolerance(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var t = store.tolerance(id);
        return new ToleranceView(t.tolerance(), t.version(), access.mayApprove());
    }

    /**
     * Sets the score above which open items go to the board (1 to 25), as a board member who takes part; 409 when the
     * version read is stale.
     */
    @Transactional
    public ToleranceView setTolerance(long id, Integer seenVersion, Integer tolerance, CurrentUser user) {
        scope.requireBoardApproval(id, user);
        var t = store.tolerance(id);
        ConcurrentChangeException.check("tolerance", seenVersion, t.version());
        if (tolerance == null || tolerance < 1 || tolerance > RiskScore.MAX * RiskScore.MAX) {
            throw InvalidInputException.of("tolerance", "risk.tolerance.range");
        }
        int before = t.tolerance();
        t.set(tolerance);
        var saved = store.tolerances().save(t);
        audit.record(
                TOLERANCE,
                id,
                id,
                "risk.audit.tolerance",
                Changes.create().field("risk.audit.toleranceValue", before, tolerance));
        return new ToleranceView(saved.tolerance(), saved.version(), true);
    }

    /** The item, for someone who may review it, as read at {@code seenVersion}. */
    private Risk reviewable(Access access, long riskId, Integer seenVersion) {
        var r = find(access.id(), riskId);
        if (!RiskViews.mayReview(access, r)) {
            throw new ForbiddenException("risk.review.notYours");
        }
        ConcurrentChangeException.check("risk", seenVersion, r.version());
        return r;
    }

    private Risk find(long id, long riskId) {
        return store.risks().findByIdAndPartnershipId(riskId, id).orElseThrow(() -> new NotFoundException("Risk"));
    }

    private int tolerance(long id) {
        return store.tolerance(id).tolerance();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static Changes describe(Changes c, RiskView before, Risk after) {
        c.note(after.reference() + " " + after.title());
        return c.field("risk.audit.kind", before == null ? null : before.kind(), after.kind())
                .field("risk.audit.title", before == null ? null : before.title(), after.title())
                .field("risk.audit.category", before == null ? null : before.category(), after.category())
                .field("risk.audit.owner", before == null ? null : before.ownerId(), after.ownerId())
                .field("risk.audit.score", before == null ? null : before.score(), after.score())
                .field("risk.audit.response", before == null ? null : before.response(), after.response())
                .field("risk.audit.residual", before == null ? null : before.residualScore(), after.residualScore())
                .field("risk.audit.escalate", before == null ? null : before.escalate(), after.escalate())
                .field("risk.audit.nextReview", before == null ? null : before.nextReview(), after.nextReview())
                .field("risk.audit.status", before == null ? null : before.status(), after.status());
    }
}
