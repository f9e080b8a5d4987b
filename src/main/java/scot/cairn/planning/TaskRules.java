package scot.cairn.planning;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import scot.cairn.platform.InvalidInputException;

/**
 * What a task's details are checked against, the same for a task typed in a form, sent by a script or read from a
 * file: who may own it (those taking part), the project team's workstreams, the plan's work packages by id and the
 * plan's tasks. A task in a work package belongs to the package's workstream; the tasks it waits for are other tasks
 * of the plan, and may not close a circle.
 */
record TaskRules(Set<Long> owners, Set<String> workstreams, Map<Long, WorkPackage> packages, List<PlanTask> all) {

    /** The rules a task of the plan keeps, with its tasks as they are now ({@code all}). */
    static TaskRules of(
            scot.cairn.partnership.Access access, PlanRepositories store, PlanSupport support, List<PlanTask> all) {
        return new TaskRules(
                access.partnership().participantIds(),
                Set.copyOf(support.workstreams(access.id(), access.user())),
                store.packages().findByPartnershipIdOrderByNumber(access.id()).stream()
                        .collect(Collectors.toMap(WorkPackage::id, p -> p)),
                all);
    }

    /** Details as they are saved, and the ids of the tasks they wait for. */
    record Checked(TaskDetails details, Set<Long> dependsOnIds) {}

    /**
     * Checks the details of task {@code number} (the next number for a new task).
     *
     * @throws InvalidInputException naming the fields refused
     */
    Checked check(long number, TaskDetails details) {
        var d = inPackage(details);
        PlanInput.check(d, owners, workstreams);
        return new Checked(d, dependencies(number, d));
    }

    private TaskDetails inPackage(TaskDetails d) {
        if (d.workPackageId() == null) {
            return d;
        }
        var p = packages.get(d.workPackageId());
        if (p == null) {
            throw InvalidInputException.of("workPackageId", "planning.task.noSuchPackage");
        }
        if (d.workstream() != null
                && !d.workstream().isBlank()
                && !d.workstream().strip().equals(p.workstream())) {
            throw InvalidInputException.of(
                    "workstream", "planning.task.packageWorkstream", p.reference(), p.workstream());
        }
        return new TaskDetails(
                d.title(), p.workstream(), d.stage(), d.ownerId(), d.start(), d.due(), d.dependsOn(), p.id());
    }

    private Set<Long> dependencies(long number, TaskDetails details) {
        var wanted = details.dependsOn() == null ? List.<Long>of() : details.dependsOn();
        PlanLimits.DEPENDENCIES.check("dependsOn", wanted.size());
        if (wanted.stream().anyMatch(n -> n == null || n < 1)) {
            throw InvalidInputException.of("dependsOn", "planning.task.dependsOnInvalid");
        }
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
        if (Dependencies.cycle(number, new HashSet<>(wanted), graph).isPresent()) {
            throw InvalidInputException.of("dependsOn", "planning.task.cycle");
        }
        return wanted.stream().map(n -> byNumber.get(n).id()).collect(Collectors.toSet());
    }
}
