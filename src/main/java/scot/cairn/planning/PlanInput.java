package scot.cairn.planning;

import java.time.LocalDate;
import java.util.Set;
import scot.cairn.platform.InvalidInputException;

/** The rules a task's, a progress report's and a milestone's details keep, field by field, all reported at once. */
final class PlanInput {

    static final int SHORT = 200;
    static final int REASON = 1000;

    private PlanInput() {}

    /**
     * @param owners the people who may own a task: those taking part in the partnership
     * @param workstreams the project team's workstreams, by name
     */
    static void check(TaskDetails d, Set<Long> owners, Set<String> workstreams) {
        new InvalidInputException.Collector()
                .rejectIf(blank(d.title()), "title", "planning.task.titleMissing")
                .rejectIf(tooLong(d.title()), "title", "planning.task.titleTooLong", SHORT)
                .rejectIf(
                        !blank(d.workstream())
                                && !workstreams.contains(d.workstream().strip()),
                        "workstream",
                        "planning.task.noSuchWorkstream")
                .rejectIf(d.stage() == scot.cairn.partnership.Stage.CLOSED, "stage", "planning.task.stageClosed")
                .rejectIf(d.ownerId() == null, "ownerId", "planning.task.ownerMissing")
                .rejectIf(
                        d.ownerId() != null && !owners.contains(d.ownerId()), "ownerId", "planning.task.ownerNotMember")
                .rejectIf(d.start() == null, "start", "planning.task.startMissing")
                .rejectIf(d.due() == null, "due", "planning.task.dueMissing")
                .rejectIf(
                        d.start() != null && d.due() != null && d.due().isBefore(d.start()),
                        "due",
                        "planning.task.dueBeforeStart")
                .throwIfAny();
    }

    /**
     * @param leads the people who may lead a package: those taking part in the partnership
     * @param workstreams the project team's workstreams, by name
     */
    static void check(WorkPackageDetails d, Set<Long> leads, Set<String> workstreams) {
        new InvalidInputException.Collector()
                .rejectIf(blank(d.title()), "title", "planning.package.titleMissing")
                .rejectIf(tooLong(d.title()), "title", "planning.task.titleTooLong", SHORT)
                .rejectIf(blank(d.workstream()), "workstream", "planning.package.workstreamMissing")
                .rejectIf(
                        !blank(d.workstream())
                                && !workstreams.contains(d.workstream().strip()),
                        "workstream",
                        "planning.task.noSuchWorkstream")
                .rejectIf(d.leadId() == null, "leadId", "planning.package.leadMissing")
                .rejectIf(d.leadId() != null && !leads.contains(d.leadId()), "leadId", "planning.task.ownerNotMember")
                .throwIfAny();
    }

    static void check(ProgressDetails p) {
        new InvalidInputException.Collector()
                .rejectIf(p.status() == null, "status", "planning.progress.statusMissing")
                .rejectIf(
                        p.status() != TaskStatus.DONE && (p.percent() == null || p.percent() < 0 || p.percent() > 100),
                        "percent",
                        "planning.progress.percentRange")
                .rejectIf(
                        p.status() == TaskStatus.BLOCKED && blank(p.blockedReason()),
                        "blockedReason",
                        "planning.progress.reasonMissing")
                .rejectIf(
                        p.status() == TaskStatus.BLOCKED
                                && p.blockedReason() != null
                                && p.blockedReason().strip().length() > REASON,
                        "blockedReason",
                        "planning.progress.reasonTooLong",
                        REASON)
                .throwIfAny();
    }

    /** @param owners the people who may own a milestone: those taking part in the partnership */
    static void check(MilestoneDetails m, Set<Long> owners, LocalDate today) {
        new InvalidInputException.Collector()
                .rejectIf(blank(m.title()), "title", "planning.milestone.titleMissing")
                .rejectIf(tooLong(m.title()), "title", "planning.task.titleTooLong", SHORT)
                .rejectIf(m.due() == null, "due", "planning.milestone.dueMissing")
                .rejectIf(m.ownerId() == null, "ownerId", "planning.task.ownerMissing")
                .rejectIf(
                        m.ownerId() != null && !owners.contains(m.ownerId()), "ownerId", "planning.task.ownerNotMember")
                .rejectIf(
                        m.reachedOn() != null && m.reachedOn().isAfter(today),
                        "reachedOn",
                        "planning.milestone.reachedFuture")
                .throwIfAny();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static boolean tooLong(String s) {
        return s != null && s.strip().length() > SHORT;
    }
}
