package scot.cairn.planning;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.platform.NotFoundException;

/** The plan as readers see it, with each task's and milestone's slippage against the approved baseline. */
@Component
class PlanViews {

    private final PlanRepositories store;
    private final PlanSupport support;

    PlanViews(PlanRepositories store, PlanSupport support) {
        this.store = store;
        this.support = support;
    }

    /** One page of {@code size} tasks after the filter, with every milestone. */
    PlanView plan(Access access, PlanFilter filter, int page, int size, CurrentUser user) {
        long id = access.id();
        var tasks = store.table().all(id);
        var baseline = store.baselines().approved(id);
        var slip = new Slip(baseline, support.today());
        var names = access.partnership().namesById();
        var numbers = numbers(tasks);
        var packages = packages(id);
        var milestones = store.milestones().findByPartnershipIdOrderByDueAscIdAsc(id).stream()
                .map(m -> milestone(access, m, names, slip))
                .toList();
        var matching = tasks.stream()
                .filter((filter == null ? PlanFilter.NONE : filter)::shows)
                .toList();
        int pages = Math.max(1, (int) ((matching.size() + (long) size - 1) / size));
        int shown = Math.min(Math.max(page, 1), pages);
        var views = matching.stream()
                .skip((long) (shown - 1) * size)
                .limit(size)
                .map(t -> task(access, t, names, numbers, packages, slip))
                .toList();
        return new PlanView(
                id,
                access.mayEdit(Editors.PLAN),
                milestones,
                views,
                matching.size(),
                tasks.size(),
                shown,
                pages,
                support.workstreams(id, user),
                baseline.map(b -> summary(b, tasks, milestones, slip)).orElse(null));
    }

    PlanView.TaskView task(Access access, long taskId) {
        var all = store.table().all(access.id());
        var t = all.stream().filter(x -> x.id() == taskId).findFirst().orElseThrow(() -> new NotFoundException("Task"));
        return task(
                access,
                t,
                access.partnership().namesById(),
                numbers(all),
                packages(access.id()),
                new Slip(store.baselines().approved(access.id()), support.today()));
    }

    PlanView.MilestoneView milestone(Access access, Milestone m) {
        return milestone(
                access,
                m,
                access.partnership().namesById(),
                new Slip(store.baselines().approved(access.id()), support.today()));
    }

    static boolean mayReport(Access access, PlanTask t) {
        return access.mayEdit(Editors.PLAN)
                || (access.open()
                        && access.participates()
                        && t.ownerId() == access.user().personId());
    }

    static boolean mayReach(Access access, Milestone m) {
        return access.mayEdit(Editors.PLAN)
                || (access.open()
                        && access.participates()
                        && m.ownerId() == access.user().personId());
    }

    private static Map<Long, Long> numbers(List<PlanTask> tasks) {
        return tasks.stream().collect(Collectors.toMap(PlanTask::id, PlanTask::number));
    }

    private static PlanView.BaselineSummary summary(
            BaselineTable.Snapshot b, List<PlanTask> tasks, List<PlanView.MilestoneView> milestones, Slip slip) {
        var taskSlips =
                tasks.stream().map(slip::of).filter(d -> d != null && d > 0).toList();
        var milestoneSlips = milestones.stream()
                .map(PlanView.MilestoneView::slipDays)
                .filter(d -> d != null && d > 0)
                .toList();
        long most = java.util.stream.Stream.concat(taskSlips.stream(), milestoneSlips.stream())
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        return new PlanView.BaselineSummary(
                b.row().reference(), b.row().approvedAt(), taskSlips.size(), milestoneSlips.size(), most);
    }

    /** Each package's reference and title, by id. */
    private Map<Long, String> packages(long id) {
        return store.packages().findByPartnershipIdOrderByNumber(id).stream()
                .collect(Collectors.toMap(WorkPackage::id, p -> p.reference() + " " + p.title()));
    }

    private PlanView.TaskView task(
            Access access,
            PlanTask t,
            Map<Long, String> names,
            Map<Long, Long> numbers,
            Map<Long, String> packages,
            Slip slip) {
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
                t.dependsOnIds().stream()
                        .map(numbers::get)
                        .sorted()
                        .map(n -> "T-" + n)
                        .toList(),
                mayReport(access, t),
                slip.baselineDue(t),
                slip.of(t),
                t.workPackageId(),
                t.workPackageId() == null ? null : packages.get(t.workPackageId()));
    }

    private static PlanView.MilestoneView milestone(Access access, Milestone m, Map<Long, String> names, Slip slip) {
        return new PlanView.MilestoneView(
                m.id(),
                m.version(),
                m.title(),
                m.due(),
                m.ownerId(),
                names.get(m.ownerId()),
                m.reachedOn(),
                m.missed(slip.today()),
                m.reachedOn() == null && mayReach(access, m),
                slip.baselineDue(m),
                slip.of(m));
    }

    /** Slippage against the approved baseline, if any; null for what the baseline does not hold. */
    private record Slip(Optional<BaselineTable.Snapshot> baseline, java.time.LocalDate today) {

        java.time.LocalDate baselineDue(PlanTask t) {
            return baseline.map(b -> b.taskDue().get(t.id())).orElse(null);
        }

        java.time.LocalDate baselineDue(Milestone m) {
            return baseline.map(b -> b.milestoneDue().get(m.id())).orElse(null);
        }

        Long of(PlanTask t) {
            var was = baselineDue(t);
            return was == null ? null : Slippage.task(was, t.due(), t.status() == TaskStatus.DONE, t.doneOn(), today);
        }

        Long of(Milestone m) {
            var was = baselineDue(m);
            return was == null ? null : Slippage.milestone(was, m.due(), m.reachedOn(), today);
        }
    }
}
