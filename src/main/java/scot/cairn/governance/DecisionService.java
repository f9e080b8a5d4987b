package scot.cairn.governance;

import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * The board's decision log. Members of the partnership read it; managers and board members propose and change drafts
 * ({@link Editors#DECISIONS}); board members approve, and the {@link ApprovalRule} decides when a draft becomes an approved
 * decision, which never changes again. A new decision may supersede one approved decision of the same log that nothing
 * has superseded yet; it does so once it is approved itself. Every change is in the partnership's history; a refused
 * change saves nothing.
 */
@Service
public class DecisionService {

    static final String SUBJECT = "governance-decision";

    private final DecisionRepository decisions;
    private final GovernanceContext context;
    private final DecisionViews views;
    private final DecisionStamps clock;
    private final List<ApprovalGuard> guards;

    DecisionService(
            DecisionRepository decisions,
            GovernanceContext context,
            DecisionViews views,
            DecisionStamps clock,
            List<ApprovalGuard> guards) {
        this.decisions = decisions;
        this.context = context;
        this.views = views;
        this.clock = clock;
        this.guards = guards;
    }

    /**
     * Refuses (403, or the closed partnership's refusal) anyone who may not propose or change decisions here, so a
     * form is not shown to someone who could not send it.
     */
    @Transactional(readOnly = true)
    public void checkMayPropose(long id, CurrentUser user) {
        changeable(id, user);
    }

    /**
     * Refuses like {@link #checkMayPropose}, and with the decision's own refusal when it is no longer a draft or when
     * another module proposed it.
     */
    @Transactional(readOnly = true)
    public void checkMayChange(long id, long decisionId, CurrentUser user) {
        changeable(id, user);
        find(id, decisionId).refuseUnlessDraft();
        refuseIfProposedElsewhere(decisionId);
    }

    /** A decision another module proposed keeps its words: the board approves exactly what was proposed. */
    private void refuseIfProposedElsewhere(long decisionId) {
        if (decisions.proposedElsewhere(decisionId)) {
            throw new DecisionLockedException(scot.cairn.platform.Message.of("governance.decision.proposedElsewhere"));
        }
    }

    /** True when the viewer may propose decisions (a manager or a board member, and the partnership is open). */
    @Transactional(readOnly = true)
    public boolean mayPropose(long id, CurrentUser user) {
        return context.scope().requireRead(id, user).mayEdit(Editors.DECISIONS);
    }

    /** The log, oldest first. */
    @Transactional(readOnly = true)
    public List<DecisionView> log(long id, CurrentUser user) {
        return views.log(context.scope().requireRead(id, user));
    }

    /** The decisions that name item {@code number} of the partnership's risks register (R-3 is 3), oldest first. */
    @Transactional(readOnly = true)
    public List<DecisionView> aboutRisk(long id, long number, CurrentUser user) {
        var access = context.scope().requireRead(id, user);
        return views.some(access, decisions.findByPartnershipIdAndRiskIdOrderByNumber(id, number));
    }

    /** @throws NotFoundException when the decision is not in this partnership's log */
    @Transactional(readOnly = true)
    public DecisionView decision(long id, long decisionId, CurrentUser user) {
        var access = context.scope().requireRead(id, user);
        return views.view(access, find(id, decisionId));
    }

    /**
     * Records a draft decision, numbered next in the log; refused when the log already holds
     * {@link GovernanceLimits#DECISIONS}. The decisions a gate records as it is passed are never refused for it.
     *
     * @param supersedes the decision it replaces once approved, or null
     */
    @Transactional
    public DecisionView propose(long id, Long supersedes, DecisionDetails details, CurrentUser user) {
        return propose(changeable(id, user), supersedes, details, user);
    }

    /**
     * Proposes a draft decision about another module's work, for the people that work's {@code editors} admit (the
     * Project Manager asking the board to approve a plan baseline): the board then approves it in the log like any
     * other decision.
     */
    @Transactional
    public DecisionView proposeFor(
            long id, Editors editors, String subject, DecisionDetails details, CurrentUser user) {
        var d = propose(context.scope().requireEdit(id, user, editors), null, details, user);
        decisions.markProposedFor(d.id(), subject);
        return d;
    }

    /**
     * Withdraws a draft that {@link #proposeFor} proposed for {@code subject}, for the people the same {@code editors}
     * admit: the only change such a decision takes, made where it was proposed.
     */
    @Transactional
    public DecisionView withdrawFor(
            long id, Editors editors, String subject, long decisionId, Integer seenVersion, CurrentUser user) {
        var access = context.scope().requireEdit(id, user, editors);
        if (!decisions.proposedFor(decisionId, subject)) {
            throw new NotFoundException("Decision");
        }
        return withdraw(access, id, decisionId, seenVersion);
    }

    /** The decisions of this log among {@code ids}, by id; others are left out. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, DecisionView> decisions(long id, java.util.Collection<Long> ids, CurrentUser user) {
        var access = context.scope().requireRead(id, user);
        var found = new java.util.ArrayList<BoardDecision>();
        decisions.findAllById(ids).forEach(d -> {
            if (d.partnershipId() == id) {
                found.add(d);
            }
        });
        return views.some(access, found).stream().collect(java.util.stream.Collectors.toMap(DecisionView::id, d -> d));
    }

    private DecisionView propose(Access access, Long supersedes, DecisionDetails details, CurrentUser user) {
        long id = access.partnership().id();
        GovernanceLimits.DECISIONS.check("", decisions.countByPartnershipId(id) + 1);
        DecisionInput.check(details, clock.today());
        views.checkRisk(id, details.riskId());
        if (supersedes != null) {
            checkSupersedable(id, supersedes);
        }
        var d = save(
                BoardDecision.propose(id, clock.nextNumber(id), details, supersedes, user.personId(), clock.now()));
        var changes = describe(Changes.create(), null, d);
        if (supersedes != null) {
            changes.field(
                    "governance.audit.willSupersede", null, find(id, supersedes).reference());
        }
        record(d.id(), id, "governance.audit.decisionProposed", changes);
        context.publish(new DecisionProposed(id, d.id(), d.reference(), d.title(), user.personId(), clock.now()));
        return views.view(access, d);
    }

    /** Changes a draft, which clears its approvals. 409 when approved or withdrawn, or when the version is stale. */
    @Transactional
    public DecisionView change(
            long id, long decisionId, Integer seenVersion, DecisionDetails details, CurrentUser user) {
        var access = changeable(id, user);
        var d = find(id, decisionId);
        d.refuseUnlessDraft();
        refuseIfProposedElsewhere(decisionId);
        ConcurrentChangeException.check("decision", seenVersion, d.version());
        DecisionInput.check(details, clock.today());
        views.checkRisk(id, details.riskId());
        var before = views.view(access, d);
        d.change(details);
        var saved = save(d);
        var changes = describe(Changes.create(), before, saved);
        if (!before.approvals().isEmpty()) {
            changes.field(
                    "governance.audit.approvalsCleared",
                    String.join(
                            ", ",
                            before.approvals().stream()
                                    .map(DecisionView.ApprovalView::name)
                                    .toList()),
                    null);
        }
        record(d.id(), id, "governance.audit.decisionChanged", changes);
        return views.view(access, saved);
    }

    /**
     * Approves the draft as the signed-in board member. When this approval meets the rule the decision is approved and,
     * if it supersedes another, that one is superseded. A decision proposed for another module's work is refused to a
     * member its {@link ApprovalGuard} finds conflicted.
     */
    @Transactional
    public DecisionView approve(long id, long decisionId, Integer seenVersion, CurrentUser user) {
        var access = context.scope().requireBoardApproval(id, user);
        var seat = access.seat();
        var d = find(id, decisionId);
        d.refuseUnlessDraft();
        ConcurrentChangeException.check("decision", seenVersion, d.version());
        decisions
                .subjectOf(decisionId)
                .ifPresent(subject -> guards.stream()
                        .filter(g -> g.subject().equals(subject))
                        .forEach(g -> g.refusal(id, decisionId, user).ifPresent(why -> {
                            throw InvalidInputException.of("", why);
                        })));
        boolean approved = d.approve(user.personId(), seat.organisationId(), seat.sector(), clock.now());
        if (approved && d.supersedesId() != null) {
            var old = find(id, d.supersedesId());
            views.supersededBy(old, d.id()).ifPresent(other -> {
                throw InvalidInputException.of(
                        "", "governance.decision.supersededMeanwhile", old.reference(), other.reference());
            });
            record(
                    old.id(),
                    id,
                    "governance.audit.decisionSuperseded",
                    Changes.create().field("governance.audit.supersededBy", null, d.reference()));
        }
        var saved = save(d);
        var changes = Changes.create()
                .field("governance.audit.approvedBy", null, user.fullName())
                .field(
                        "governance.audit.sector",
                        null,
                        seat.sector() == null
                                ? "governance.audit.serviceUser"
                                : seat.sector().labelKey());
        if (approved) {
            changes.note("governance.audit.nowLocked");
        }
        record(d.id(), id, approved ? "governance.audit.decisionApproved" : "governance.audit.approvalGiven", changes);
        if (approved) {
            context.publish(new DecisionApproved(id, d.id(), d.reference(), d.joint(), d.gate(), clock.now()));
        }
        return views.view(access, saved);
    }

    /** Withdraws a draft: it stays in the log, numbered, marked withdrawn. */
    @Transactional
    public DecisionView withdraw(long id, long decisionId, Integer seenVersion, CurrentUser user) {
        var access = changeable(id, user);
        refuseIfProposedElsewhere(decisionId);
        return withdraw(access, id, decisionId, seenVersion);
    }

    private DecisionView withdraw(Access access, long id, long decisionId, Integer seenVersion) {
        var d = find(id, decisionId);
        ConcurrentChangeException.check("decision", seenVersion, d.version());
        d.withdraw();
        var saved = save(d);
        record(
                d.id(),
                id,
                "governance.audit.decisionWithdrawn",
                Changes.create().field("governance.audit.title", d.title(), null));
        return views.view(access, saved);
    }

    private Access changeable(long id, CurrentUser user) {
        return context.scope().requireEdit(id, user, Editors.DECISIONS);
    }

    private void record(long decisionId, long partnershipId, String action, Changes changes) {
        context.record(SUBJECT, decisionId, partnershipId, action, changes);
    }

    private void checkSupersedable(long id, long supersedes) {
        var old = decisions
                .findById(supersedes)
                .filter(d -> d.partnershipId() == id)
                .orElseThrow(() -> InvalidInputException.of("supersedes", "governance.decision.supersedeUnknown"));
        if (old.status() != DecisionStatus.APPROVED) {
            throw InvalidInputException.of(
                    "supersedes",
                    old.status() == DecisionStatus.WITHDRAWN
                            ? "governance.decision.supersedeWithdrawn"
                            : "governance.decision.supersedeDraft",
                    old.reference());
        }
        views.supersededBy(old, null).ifPresent(other -> {
            throw InvalidInputException.of(
                    "supersedes", "governance.decision.supersedeTwice", old.reference(), other.reference());
        });
    }

    private BoardDecision find(long id, long decisionId) {
        return decisions
                .findById(decisionId)
                .filter(d -> d.partnershipId() == id)
                .orElseThrow(() -> new NotFoundException("Decision"));
    }

    private BoardDecision save(BoardDecision d) {
        try {
            return decisions.save(d);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChangeException("decision");
        }
    }

    private static Changes describe(Changes c, DecisionView before, BoardDecision after) {
        return c.field("governance.audit.title", before == null ? null : before.title(), after.title())
                .field("governance.audit.context", before == null ? null : before.context(), after.context())
                .field("governance.audit.options", before == null ? null : before.options(), after.options())
                .field("governance.audit.decision", before == null ? null : before.decision(), after.decision())
                .field("governance.audit.date", before == null ? null : before.decisionDate(), after.decisionDate())
                .field("governance.audit.joint", before == null ? null : yes(before.joint()), yes(after.joint()))
                .field("governance.audit.gate", before == null ? null : key(before.gate()), key(after.gate()))
                .field(
                        "governance.audit.document",
                        before == null ? null : key(before.document()),
                        key(after.document()))
                .field("governance.audit.risk", before == null ? null : before.riskId(), after.riskId());
    }

    private static String yes(boolean b) {
        return b ? "platform.yes" : "platform.no";
    }

    /** The name of a value as its bundle key, which the history shows in the reader's language. */
    private static String key(scot.cairn.platform.Labelled value) {
        return value == null ? null : value.labelKey();
    }
}
