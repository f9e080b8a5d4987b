package scot.cairn.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.cairn.partnership.Stage;

/**
 * A partnership's plan as a reader sees it: its milestones by date and one page of its tasks by number (after any
 * filter), with what the viewer may do. Names are null for someone no longer in the partnership (pages say so in
 * words). {@code baseline} is null until the board approves one; then each task and milestone it holds says how many
 * days it has slipped ({@code slipDays}, null for one added since). A task's {@code workPackage} is "WP-2" and the
 * package's title, or null when it is in none.
 *
 * @param matchingTasks how many tasks the filter lets through, on every page
 * @param page the page shown, from 1, of {@code pages}
 */
public record PlanView(
        long partnershipId,
        boolean mayEdit,
        List<MilestoneView> milestones,
        List<TaskView> tasks,
        int matchingTasks,
        int totalTasks,
        int page,
        int pages,
        List<String> workstreams,
        BaselineSummary baseline) {

    public record TaskView(
            long id,
            int version,
            long number,
            String reference,
            String title,
            String workstream,
            Stage stage,
            long ownerId,
            String ownerName,
            LocalDate start,
            LocalDate due,
            TaskStatus status,
            int percent,
            String blockedReason,
            boolean late,
            List<String> dependsOn,
            boolean mayReport,
            LocalDate baselineDue,
            Long slipDays,
            Long workPackageId,
            String workPackage) {}

    public record MilestoneView(
            long id,
            int version,
            String title,
            LocalDate due,
            long ownerId,
            String ownerName,
            LocalDate reachedOn,
            boolean missed,
            boolean mayReach,
            LocalDate baselineDue,
            Long slipDays) {}

    /**
     * The approved baseline slippage is measured against, and how the whole plan stands against it: how many of its
     * tasks and milestones are later than approved, and by how many days the latest is.
     */
    public record BaselineSummary(
            String reference, Instant approvedAt, int tasksLate, int milestonesLate, long mostDaysLate) {}
}
