package scot.cairn.planning;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.partnership.Stage;

/**
 * One task of a partnership's plan, numbered T-1, T-2... Invariants: the due date is not before the start; a done task
 * is 100% complete; only a blocked task has a reason for being blocked. Dependencies (checked for cycles by the
 * service, which knows the whole plan) hold the ids of tasks of the same plan.
 */
@Table("planning_task")
class PlanTask {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long partnershipId;
    private final long number;
    private String title;
    private String workstream;
    private Stage stage;
    private Long ownerId;
    private LocalDate start;
    private LocalDate due;
    private TaskStatus status;
    private int percent;
    private String blockedReason;
    private Long workPackageId;
    private LocalDate doneOn;

    @MappedCollection(idColumn = "task_id")
    private final Set<TaskDependency> dependencies;

    @PersistenceCreator
    PlanTask(
            Long id,
            Integer version,
            Long partnershipId,
            long number,
            String title,
            String workstream,
            Stage stage,
            Long ownerId,
            LocalDate start,
            LocalDate due,
            TaskStatus status,
            int percent,
            String blockedReason,
            Long workPackageId,
            LocalDate doneOn,
            Set<TaskDependency> dependencies) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.number = number;
        this.title = title;
        this.workstream = workstream;
        this.stage = stage;
        this.ownerId = ownerId;
        this.start = start;
        this.due = due;
        this.status = status;
        this.percent = percent;
        this.blockedReason = blockedReason;
        this.workPackageId = workPackageId;
        this.doneOn = doneOn;
        this.dependencies = dependencies == null ? new HashSet<>() : new HashSet<>(dependencies);
    }

    /** A new task, not started; the details must have passed {@link PlanInput#check}. */
    static PlanTask add(long partnershipId, long number, TaskDetails d, Set<Long> dependsOnIds) {
        var t = new PlanTask(
                null,
                null,
                partnershipId,
                number,
                null,
                null,
                null,
                null,
                null,
                null,
                TaskStatus.NOT_STARTED,
                0,
                null,
                null,
                null,
                Set.of());
        t.change(d, dependsOnIds);
        return t;
    }

    void change(TaskDetails d, Set<Long> dependsOnIds) {
        title = d.title().strip();
        workstream = d.workstream() == null || d.workstream().isBlank()
                ? null
                : d.workstream().strip();
        stage = d.stage();
        ownerId = d.ownerId();
        start = d.start();
        due = d.due();
        workPackageId = d.workPackageId();
        dependencies.clear();
        dependsOnIds.forEach(i -> dependencies.add(new TaskDependency(i)));
    }

    /**
     * Reports progress on {@code today}; the details must have passed {@link PlanInput#check(ProgressDetails)}. The day
     * a task is first reported done is kept, for slippage; it is forgotten if the task is opened again.
     */
    void progress(ProgressDetails p, LocalDate today) {
        if (p.status() == TaskStatus.DONE && status != TaskStatus.DONE) {
            doneOn = today;
        } else if (p.status() != TaskStatus.DONE) {
            doneOn = null;
        }
        status = p.status();
        percent = p.status() == TaskStatus.DONE ? 100 : p.percent();
        blockedReason = p.status() == TaskStatus.BLOCKED ? p.blockedReason().strip() : null;
    }

    boolean late(LocalDate today) {
        return status != TaskStatus.DONE && due.isBefore(today);
    }

    Set<Long> dependsOnIds() {
        return dependencies.stream().map(TaskDependency::dependsOnId).collect(Collectors.toSet());
    }

    String reference() {
        return "T-" + number;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long number() {
        return number;
    }

    String title() {
        return title;
    }

    String workstream() {
        return workstream;
    }

    Stage stage() {
        return stage;
    }

    Long ownerId() {
        return ownerId;
    }

    LocalDate start() {
        return start;
    }

    LocalDate due() {
        return due;
    }

    TaskStatus status() {
        return status;
    }

    int percent() {
        return percent;
    }

    String blockedReason() {
        return blockedReason;
    }

    Long workPackageId() {
        return workPackageId;
    }

    /** The day it was reported done; null while it is not done (and for tasks done before this was kept). */
    LocalDate doneOn() {
        return doneOn;
    }
}
