package scot.cairn.engagement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * The communications plan and its activities. Members read them; the Communications Lead, the Project Manager and
 * managers ({@link Editors#COMMUNICATIONS}) write the plan and plan activities; an activity's owner moves it on;
 * members of the communications group record their reviews of the plan. Every change carries the version read and is
 * in the partnership's history.
 */
@Service
public class CommsPlanService {

    static final String SUBJECT = "communications";

    private final CommsPlanRepository plans;
    private final ActivityRepository activities;
    private final PartnershipScope scope;
    private final GroupService groups;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    CommsPlanService(
            CommsPlanRepository plans,
            ActivityRepository activities,
            PartnershipScope scope,
            GroupService groups,
            AuditTrail audit,
            Clock clock,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.plans = plans;
        this.activities = activities;
        this.scope = scope;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** The plan with its activities, soonest first. */
    @Transactional(readOnly = true)
    public CommsPlanView plan(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        return view(access, plans.findByPartnershipId(id).orElse(CommsPlan.empty(id)));
    }

    /** Refuses anyone who may not change the plan, so that a form is not shown to someone who could not send it. */
    @Transactional(readOnly = true)
    public void checkMayEdit(long id, CurrentUser user) {
        scope.requireEdit(id, user, Editors.COMMUNICATIONS);
    }

    /** Writes the plan, as read at {@code seenVersion} (0 before it was first written). */
    @Transactional
    public CommsPlanView write(long id, Integer seenVersion, PlanDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.COMMUNICATIONS);
        lock(id);
        // The empty plan is stored first (version 0, as it reads before it was written), so that the first write
        // makes version 1 and a second writer who also read version 0 is refused.
        var plan = plans.findByPartnershipId(id).orElseGet(() -> plans.save(CommsPlan.empty(id)));
        ConcurrentChangeException.check("plan", seenVersion, plan.version());
        PlanInput.check(details);
        var before = plan.audiences().size()
                + plan.messages().size()
                + plan.channels().size();
        var audiences = new ArrayList<CommsPlan.Audience>();
        PlanInput.lines(details.audiencesInside()).forEach(a -> audiences.add(new CommsPlan.Audience(a, false)));
        PlanInput.lines(details.audiencesOutside()).forEach(a -> audiences.add(new CommsPlan.Audience(a, true)));
        plan.write(
                PlanInput.blankToNull(details.purpose()),
                audiences,
                PlanInput.lines(details.messages()),
                PlanInput.lines(details.channels()));
        var saved = plans.save(plan);
        audit.record(
                SUBJECT,
                id,
                id,
                "engagement.audit.planWritten",
                Changes.create()
                        .field(
                                "engagement.audit.entries",
                                before,
                                saved.audiences().size()
                                        + saved.messages().size()
                                        + saved.channels().size()));
        return view(access, saved);
    }

    /**
     * Records that the person, a member of the communications group, reviewed the plan as read at {@code seenVersion}.
     *
     * @throws ForbiddenException for anyone not in the communications group
     */
    @Transactional
    public CommsPlanView review(long id, Integer seenVersion, String note, CurrentUser user) {
        var access = scope.requireRead(id, user);
        PartnershipScope.requireOpen(access);
        if (!inCommunicationsGroup(access)) {
            throw new ForbiddenException("engagement.review.groupOnly");
        }
        if (note != null && note.strip().length() > 1000) {
            throw InvalidInputException.of("note", "engagement.review.noteTooLong", 1000);
        }
        var plan = plans.findByPartnershipId(id)
                .orElseThrow(() -> InvalidInputException.of("", "engagement.review.nothingYet"));
        ConcurrentChangeException.check("plan", seenVersion, plan.version());
        plan.review(user.personId(), clock.instant(), PlanInput.blankToNull(note));
        var saved = plans.save(plan);
        audit.record(
                SUBJECT,
                id,
                id,
                "engagement.audit.reviewed",
                Changes.create().field("engagement.audit.note", null, PlanInput.blankToNull(note)));
        return view(access, saved);
    }

    /** Plans an activity; refused past {@link EngagementLimits#ACTIVITIES}. */
    @Transactional
    public CommsPlanView.ActivityView plan(long id, ActivityDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.COMMUNICATIONS);
        check(access, details);
        lock(id);
        EngagementLimits.ACTIVITIES.check("", (int) activities.countByPartnershipId(id) + 1);
        var a = activities.save(CommsActivity.plan(id, activities.nextNumber(id), details));
        record(
                a,
                id,
                "engagement.audit.activityPlanned",
                Changes.create()
                        .field(
                                "engagement.audit.owner",
                                null,
                                access.partnership().namesById().get(a.ownerId()))
                        .field("engagement.audit.due", null, a.due()));
        return activityView(access, a);
    }

    /** Changes an activity, as read at {@code seenVersion}: an editor changes anything, its owner only its status. */
    @Transactional
    public CommsPlanView.ActivityView change(
            long id, long activityId, Integer seenVersion, ActivityDetails details, CurrentUser user) {
        var access = scope.requireRead(id, user);
        PartnershipScope.requireOpen(access);
        var a = activities
                .findByIdAndPartnershipId(activityId, id)
                .orElseThrow(() -> new NotFoundException("Activity"));
        boolean editor = access.mayEdit(Editors.COMMUNICATIONS);
        if (!editor && !mayMoveOn(access, a)) {
            throw new ForbiddenException(Editors.COMMUNICATIONS.refusal());
        }
        ConcurrentChangeException.check("activity", seenVersion, a.version());
        var before = a.status();
        if (editor) {
            check(access, details);
            a.change(details);
        } else {
            if (details.status() == null) {
                throw InvalidInputException.of("status", "engagement.activity.statusMissing");
            }
            a.change(new ActivityDetails(a.title(), a.audience(), a.channel(), a.ownerId(), a.due(), details.status()));
        }
        var saved = activities.save(a);
        record(
                saved,
                id,
                "engagement.audit.activityChanged",
                Changes.create()
                        .field(
                                "engagement.audit.status",
                                before.name(),
                                saved.status().name())
                        .field("engagement.audit.due", null, saved.due()));
        return activityView(access, saved);
    }

    /** One activity. */
    @Transactional(readOnly = true)
    public CommsPlanView.ActivityView activity(long id, long activityId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        return activityView(
                access,
                activities
                        .findByIdAndPartnershipId(activityId, id)
                        .orElseThrow(() -> new NotFoundException("Activity")));
    }

    private void check(Access access, ActivityDetails details) {
        PlanInput.check(details);
        if (!access.partnership().participantIds().contains(details.ownerId())) {
            throw InvalidInputException.of("ownerId", "engagement.activity.ownerNotMember");
        }
    }

    private boolean inCommunicationsGroup(Access access) {
        return access.participates()
                && groups.groups(access.id(), access.user()).stream()
                        .filter(g -> g.kind() == GroupKind.COMMUNICATIONS)
                        .flatMap(g -> g.members().stream())
                        .anyMatch(m -> m.personId() == access.user().personId());
    }

    private static boolean mayMoveOn(Access access, CommsActivity a) {
        return access.mayEdit(Editors.COMMUNICATIONS)
                || (access.open()
                        && access.participates()
                        && a.ownerId() == access.user().personId());
    }

    private CommsPlanView view(Access access, CommsPlan p) {
        var names = access.partnership().namesById();
        var today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
        int version = p.version() == null ? 0 : p.version();
        var reviews = new ArrayList<>(p.reviews().stream()
                .map(r -> new CommsPlanView.ReviewView(
                        names.get(r.personId()),
                        r.reviewedAt().atZone(java.time.ZoneId.of("Europe/London")),
                        r.planVersion(),
                        r.note()))
                .toList());
        java.util.Collections.reverse(reviews);
        return new CommsPlanView(
                access.id(),
                version,
                p.purpose(),
                p.audiences().stream()
                        .filter(a -> !a.outside())
                        .map(CommsPlan.Audience::name)
                        .toList(),
                p.audiences().stream()
                        .filter(CommsPlan.Audience::outside)
                        .map(CommsPlan.Audience::name)
                        .toList(),
                p.messages().stream().map(CommsPlan.KeyMessage::text).toList(),
                p.channels().stream().map(CommsPlan.Channel::name).toList(),
                reviews,
                activities.findByPartnershipIdOrderByDueAscNumberAsc(access.id()).stream()
                        .map(a -> activityView(access, a, today))
                        .toList(),
                // A review saves the plan too: nothing changed since when the version is the one after the review.
                !p.reviews().isEmpty()
                        && p.reviews().get(p.reviews().size() - 1).planVersion() + 1 == version,
                access.mayEdit(Editors.COMMUNICATIONS),
                access.open() && inCommunicationsGroup(access));
    }

    private CommsPlanView.ActivityView activityView(Access access, CommsActivity a) {
        return activityView(access, a, LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London"))));
    }

    private CommsPlanView.ActivityView activityView(Access access, CommsActivity a, LocalDate today) {
        return new CommsPlanView.ActivityView(
                a.id(),
                a.version(),
                a.reference(),
                a.title(),
                a.audience(),
                a.channel(),
                a.ownerId(),
                access.partnership().namesById().get(a.ownerId()),
                a.due(),
                a.status(),
                a.status().open() && a.due().isBefore(today),
                a.status().open() && mayMoveOn(access, a));
    }

    private void record(CommsActivity a, long id, String action, Changes changes) {
        audit.record("communications-activity", a.id(), id, action, changes.note(a.reference() + " " + a.title()));
    }

    /** Locks the partnership's row until the transaction ends, so that activities are numbered one at a time. */
    private void lock(long id) {
        jdbc.sql("select id from partnership_partnership where id = ? for update")
                .param(id)
                .query(Long.class)
                .single();
    }
}
