package scot.cairn.planning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
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

    PlanService(PlanRepositories store, PartnershipScope scope, PlanSupport support) {
        this.store = store;
        this.scope = scope;
        this.support = support;
    }

    /** The plan, its tasks as the filter says. */
    @Transactional(readOnly = true)
    public PlanView plan(long id, PlanFilter filter, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var tasks = store.tasks().findByPartnershipIdOrderByNumber(id);
        var names = access.partnership().namesById();
        var numbers = tasks.stream().collect(Collectors.toMap(PlanTask::id, PlanTask::reference));
        var today = support.today();
        return new PlanView(
                id,
                access.mayEdit(Editors.PLAN),
                store.milestones().findByPartnershipIdOrderByDueAscIdAsc(id).stream()
                        .map(m -> new PlanView.MilestoneView(
                                m.id(),
                                m.version(),
                                m.title(),
                                m.due(),
                                m.ownerId(),
                                names.get(m.ownerId()),
                                m.reachedOn(),
                                m.missed(today)))
                        .toList(),
                tasks.stream()
                        .filter((filter == null ? PlanFilter.NONE : filter)::shows)
                        .map(t -> view(access, t, names, numbers))
                        .toList(),
                tasks.size(),
                support.workstreams(id, user));
    }

    /** @throws NotFoundException when the task is not in this partnership's plan */
    @Transactional(readOnly = true)
    public PlanView.TaskView task(long id, long taskId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var all = store.tasks().findByPartnershipIdOrderByNumber(id);
        var t = all.stream().filter(x -> x.id() == taskId).findFirst().orElseThrow(() -> new NotFoundException("Task"));
        return view(
                access,
                t,
                access.partnership().namesById(),
                all.stream().collect(Collectors.toMap(PlanTask::id, PlanTask::reference)));
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
        PlanLimits.TASKS.check("", (int) store.tasks().countByPartnershipId(id) + 1);
        var all = store.tasks().findByPartnershipIdOrderByNumber(id);
        PlanInput.check(details, access.partnership().participantIds(), Set.copyOf(support.workstreams(id, user)));
        long number = store.tasks().nextNumber(id);
        var dependsOn = dependencies(number, details, all);
        var t = store.tasks().save(PlanTask.add(id, number, details, dependsOn));
        support.audit().record(TASK, t.id(), id, "planning.audit.taskAdded", describe(t));
        return task(id, t.id(), user);
    }

    /** Changes a task as read at {@code seenVersion}; 409 when someone else changed it since. */
    @Transactional
    public PlanView.TaskView changeTask(
            long id, long taskId, Integer seenVersion, TaskDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PLAN);
        var all = store.tasks().findByPartnershipIdOrderByNumber(id);
        var t = find(all, taskId);
        ConcurrentChangeException.check("task", seenVersion, t.version());
        PlanInput.check(details, access.partnership().participantIds(), Set.copyOf(support.workstreams(id, user)));
        t.change(details, dependencies(t.number(), details, all));
        store.tasks().save(t);
        support.audit().record(TASK, t.id(), id, "planning.audit.taskChanged", describe(t));
        return task(id, taskId, user);
    }

    /** Reports a task's progress, as its owner or someone who changes the plan. */
    @Transactional
    public PlanView.TaskView report(
            long id, long taskId, Integer seenVersion, ProgressDetails progress, CurrentUser user) {
        var access = PartnershipScope.requireOpen(scope.requireRead(id, user));
        var t = store.tasks().findByIdAndPartnershipId(taskId, id).orElseThrow(() -> new NotFoundException("Task"));
        if (!mayReport(access, t)) {
            throw new ForbiddenException("planning.progress.notYours");
        }
        ConcurrentChangeException.check("task", seenVersion, t.version());
        PlanInput.check(progress);
        var before = t.status();
        t.progress(progress);
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
                                .field("planning.audit.percent", null, t.percent()));
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
        return milestone(access, m);
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
        return milestone(access, saved);
    }

    /** @throws NotFoundException when the milestone is not in this partnership's plan */
    @Transactional(readOnly = true)
    public PlanView.MilestoneView milestone(long id, long milestoneId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        return milestone(
                access,
                store.milestones()
                        .findByIdAndPartnershipId(milestoneId, id)
                        .orElseThrow(() -> new NotFoundException("Milestone")));
    }

    /**
     * The ids of the tasks {@code details} names as dependencies: each must be another task of this plan, and the
     * dependencies may not close a cycle through {@code number}.
     */
    private static Set<Long> dependencies(long number, TaskDetails details, List<PlanTask> all) {
        var wanted = details.dependsOn() == null ? List.<Long>of() : details.dependsOn();
        PlanLimits.DEPENDENCIES.check("dependsOn", wanted.size());
        var byNumber = all.stream().collect(Collectors.toMap(PlanTask::number, t -> t));
        var unknown = Dependencies.unknown(wanted, byNumber.keySet());
        if (!unknown.isEmpty()) {
            throw InvalidInputException.of("dependsOn", "planning.task.noSuchTask", "T-" + unknown.get(0));
        }
        if (wanted.contains(number)) {
            throw InvalidInputException.of("dependsOn", "planning.task.dependsOnItself");
        }
        var idToNumber = all.stream().collect(Collectors.toMap(PlanTask::id, PlanTask::number));
        var graph = new HashMap<Long, Set<Long>>();
        for (var t : all) {
            if (t.number() != number) {
                graph.put(
                        t.number(),
                        t.dependsOnIds().stream().map(idToNumber::get).collect(Collectors.toSet()));
            }
        }
        var cycle = Dependencies.cycle(number, new HashSet<>(wanted), graph);
        if (cycle.isPresent()) {
            throw InvalidInputException.of("dependsOn", "planning.task.cycle");
        }
        return wanted.stream().map(n -> byNumber.get(n).id()).collect(Collectors.toSet());
    }

    private static PlanTask find(List<PlanTask> all, long taskId) {
        return all.stream().filter(t -> t.id() == taskId).findFirst().orElseThrow(() -> new NotFoundException("Task"));
    }

    private PlanView.TaskView view(Access access, PlanTask t, Map<Long, String> names, Map<Long, String> numbers) {
        return new PlanView.TaskView(
                t.id(),
                t.version(),
                t.number(),
                t.reference(),
                t.title(),
                t.workstream(),
                t.stage(),
                t.ownerId(),
                names.get(t.ownerId()),
                t.start(),
                t.due(),
                t.status(),
                t.percent(),
                t.blockedReason(),
                t.late(support.today()),
                t.dependsOnIds().stream().map(numbers::get).sorted().toList(),
                mayReport(access, t));
    }

    private PlanView.MilestoneView milestone(Access access, Milestone m) {
        return new PlanView.MilestoneView(
                m.id(),
                m.version(),
                m.title(),
                m.due(),
                m.ownerId(),
                access.partnership().namesById().get(m.ownerId()),
                m.reachedOn(),
                m.missed(support.today()));
    }

    private static boolean mayReport(Access access, PlanTask t) {
        return access.mayEdit(Editors.PLAN)
                || (access.open()
                        && access.participates()
                        && t.ownerId() == access.user().personId());
    }

    private static Changes describe(PlanTask t) {
        return Changes.create()
                .note(t.reference() + " " + t.title())
                .field("planning.audit.owner", null, t.ownerId())
                .field("planning.audit.start", null, t.start())
                .field("planning.audit.due", null, t.due())
                .field("planning.audit.dependsOn", null, t.dependsOnIds().size());
    }
}
