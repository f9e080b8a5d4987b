package scot.cairn.planning;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.NotFoundException;

/**
 * A partnership's plan. Members read it; the Project Manager and managers add and change tasks and milestones
 * ({@link Editors#PLAN}); a task's owner, and they, report its progress. Owners take part in the partnership. Every
 * change carries the version it read and is in the partnership's history; a refused change saves nothing.
 */
@Service
public class PlanService {

    static final String TASK = "planning-task";
    static final String MILESTONE = "planning-milestone";

    private final PlanRepositories store;
    private final PartnershipScope scope;
    private final PlanSupport support;
    private final PlanViews views;

    PlanService(PlanRepositories store, PartnershipScope scope, PlanSupport support, PlanViews views) {
        this.store = store;
        this.scope = scope;
        this.support = support;
        this.views = views;
    }

    /** The plan, one page of its tasks as the filter says ({@link PlanLimits#PAGE} a page, from 1). */
    @Transactional(readOnly = true)
    public PlanView plan(long id, PlanFilter filter, int page, CurrentUser user) {
        return views.plan(scope.requireRead(id, user), filter, page, PlanLimits.PAGE, user);
    }

    /** The whole plan on one page, for the files it downloads as. */
    @Transactional(readOnly = true)
    public PlanView whole(long id, CurrentUser user) {
        return views.plan(scope.requireRead(id, user), PlanFilter.NONE, 1, Integer.MAX_VALUE, user);
    }

    /** The timeline of the plan's milestones and the tasks on its page, as of today; null when there are none. */
    public Timeline timeline(PlanView plan) {
        return Timeline.of(plan.milestones(), plan.tasks(), support.today());
    }

    /** @throws NotFoundException when the task is not in this partnership's plan */
    @Transactional(readOnly = true)
    public PlanView.TaskView task(long id, long taskId, CurrentUser user) {
        return views.task(scope.requireRead(id, user), taskId);
    }

    /** True when the viewer may change the plan (the Project Manager or a manager, and it is open). */
    @Transactional(readOnly = true)
    public boolean mayEdit(long id, CurrentUser user) {
        return scope.requireRead(id, user).mayEdit(Editors.PLAN);
    }

    /** The names of the project team's workstreams, which tasks may belong to. */
    @Transactional(readOnly = true)
    public List<String> workstreams(long id, CurrentUser user) {
        scope.requireRead(id, user);
        return support.workstreams(id, user);
    }

    /** Records that a milestone was reached on the day, as its owner or someone who changes the plan. */
    @Transactional
    public PlanView.MilestoneView reach(
            long id, long milestoneId, Integer seenVersion, java.time.LocalDate on, CurrentUser user) {
        var access = PartnershipScope.requireOpen(scope.requireRead(id, user));
        var m = store.milestones()
                .findByIdAndPartnershipId(milestoneId, id)
                .orElseThrow(() -> new NotFoundException("Milestone"));
        if (!PlanViews.mayReach(access, m)) {
            throw new ForbiddenException("planning.milestone.notYours");
        }
        ConcurrentChangeException.check("milestone", seenVersion, m.version());
        var day = on == null ? support.today() : on;
        PlanInput.check(
                new MilestoneDetails(m.title(), m.due(), m.ownerId(), day),
                java.util.Set.of(m.ownerId()),
                support.today());
        m.change(new MilestoneDetails(m.title(), m.due(), m.ownerId(), day));
        var saved = store.milestones().save(m);
        support.audit()
                .record(
                        MILESTONE,
                        m.id(),
                        id,
                        "planning.audit.milestoneReached",
                        Changes.create().note(m.title()).field("planning.audit.reached", null, day));
        return views.milestone(access, saved);
    }

    /** Refuses anyone who may not change the plan, so that a form is not shown to someone who could not send it. */
    @Transactional(readOnly = true)
    public void checkMayEdit(long id, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PLAN);
    }

    /** The people who may own a task or a milestone, by name: those who take part in the partnership. */
    @Transactional(readOnly = true)
    public List<PartnershipView.MemberView> owners(long id, CurrentUser user) {
        return scope.requireRead(id, user).partnership().participants();
    }

    /** Adds a task, numbered next; refused once the plan holds {@link PlanLimits#TASKS}. */
    @Transactional
    public PlanView.TaskView addTask(long id, TaskDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PLAN);
        support.lock(id);
        PlanLimits.TASKS.check("", (int) store.tasks().countByPartnershipId(id) + 1);
        long number = store.tasks().nextNumber(id);
        var checked =
                TaskRules.of(access, store, support, store.table().all(id)).check(number, details);
        var t = store.tasks().save(PlanTask.add(id, number, checked.details(), checked.dependsOnIds()));
        var added = task(id, t.id(), user);
        support.audit().record(TASK, t.id(), id, "planning.audit.taskAdded", describe(null, added));
        return added;
    }

    /** Changes a task as read at {@code seenVersion}; 409 when someone else changed it since. */
    @Transactional
    public PlanView.TaskView changeTask(
            long id, long taskId, Integer seenVersion, TaskDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PLAN);
        // One change of dependencies at a time per plan, so that two changes cannot each close half of a circle.
        support.lock(id);
        var all = store.table().all(id);
        var t = find(all, taskId);
        ConcurrentChangeException.check("task", seenVersion, t.version());
        var checked = TaskRules.of(access, store, support, all).check(t.number(), details);
        var before = task(id, taskId, user);
        t.change(checked.details(), checked.dependsOnIds());
        store.tasks().save(t);
        var after = task(id, taskId, user);
        support.audit().record(TASK, t.id(), id, "planning.audit.taskChanged", describe(before, after));
        return after;
    }

    /** Reports a task's progress, as its owner or someone who changes the plan. */
    @Transactional
    public PlanView.TaskView report(
            long id, long taskId, Integer seenVersion, ProgressDetails progress, CurrentUser user) {
        var access = PartnershipScope.requireOpen(scope.requireRead(id, user));
        var t = store.tasks().findByIdAndPartnershipId(taskId, id).orElseThrow(() -> new NotFoundException("Task"));
        if (!PlanViews.mayReport(access, t)) {
            throw new ForbiddenException("planning.progress.notYours");
        }
        ConcurrentChangeException.check("task", seenVersion, t.version());
        PlanInput.check(progress);
        var before = t.status();
        int percentBefore = t.percent();
        t.progress(progress, support.today());
        store.tasks().save(t);
        support.audit()
                .record(
                        TASK,
                        t.id(),
                        id,
                        "planning.audit.progress",
                        Changes.create()
                                .note(t.reference() + " " + t.title())
                                .field("planning.audit.status", before, t.status())
                                .field("planning.audit.percent", percentBefore, t.percent()));
        return task(id, taskId, user);
    }

    /** Adds a milestone; refused once the plan holds {@link PlanLimits#MILESTONES}. */
    @Transactional
    public PlanView.MilestoneView addMilestone(long id, MilestoneDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PLAN);
        PlanLimits.MILESTONES.check("", (int) store.milestones().countByPartnershipId(id) + 1);
        PlanInput.check(details, access.partnership().participantIds(), support.today());
        var m = store.milestones().save(Milestone.add(id, details));
        support.audit()
                .record(
                        MILESTONE,
                        m.id(),
                        id,
                        "planning.audit.milestoneAdded",
                        Changes.create().note(m.title()).field("planning.audit.due", null, m.due()));
        return views.milestone(access, m);
    }

    /** Changes a milestone as read at {@code seenVersion}, such as recording the day it was reached. */
    @Transactional
    public PlanView.MilestoneView changeMilestone(
            long id, long milestoneId, Integer seenVersion, MilestoneDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PLAN);
        var m = store.milestones()
                .findByIdAndPartnershipId(milestoneId, id)
                .orElseThrow(() -> new NotFoundException("Milestone"));
        ConcurrentChangeException.check("milestone", seenVersion, m.version());
        PlanInput.check(details, access.partnership().participantIds(), support.today());
        var before = m.reachedOn();
        m.change(details);
        var saved = store.milestones().save(m);
        support.audit()
                .record(
                        MILESTONE,
                        m.id(),
                        id,
                        "planning.audit.milestoneChanged",
                        Changes.create()
                                .note(m.title())
                                .field("planning.audit.due", null, m.due())
                                .field("planning.audit.reached", before, m.reachedOn()));
        return views.milestone(access, saved);
    }

    /** @throws NotFoundException when the milestone is not in this partnership's plan */
    @Transactional(readOnly = true)
    public PlanView.MilestoneView milestone(long id, long milestoneId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        return views.milestone(
                access,
                store.milestones()
                        .findByIdAndPartnershipId(milestoneId, id)
                        .orElseThrow(() -> new NotFoundException("Milestone")));
    }

    private static PlanTask find(List<PlanTask> all, long taskId) {
        return all.stream().filter(t -> t.id() == taskId).findFirst().orElseThrow(() -> new NotFoundException("Task"));
    }

    /** Each field's before and after; {@code before} is null for a new task. */
    private static Changes describe(PlanView.TaskView before, PlanView.TaskView after) {
        boolean added = before == null;
        return Changes.create()
                .note(after.reference() + " " + after.title())
                .field("planning.audit.title", added ? null : before.title(), after.title())
                .field("planning.audit.workPackage", added ? null : before.workPackage(), after.workPackage())
                .field("planning.audit.workstream", added ? null : before.workstream(), after.workstream())
                .field("planning.audit.stage", added ? null : before.stage(), after.stage())
                .field("planning.audit.owner", added ? null : before.ownerName(), after.ownerName())
                .field("planning.audit.start", added ? null : before.start(), after.start())
                .field("planning.audit.due", added ? null : before.due(), after.due())
                .field(
                        "planning.audit.dependsOn",
                        added ? null : String.join(", ", before.dependsOn()),
                        String.join(", ", after.dependsOn()));
    }
}
