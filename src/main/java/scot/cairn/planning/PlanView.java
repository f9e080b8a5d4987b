package scot.cairn.planning;

import java.time.LocalDate;
import java.util.List;
import scot.cairn.partnership.Stage;

/**
 * A partnership's plan as a reader sees it: its milestones by date and its tasks by number (after any filter), with
 * what the viewer may do. Names are null for someone no longer in the partnership (pages say so in words).
 */
public record PlanView(
        long partnershipId,
        boolean mayEdit,
        List<MilestoneView> milestones,
        List<TaskView> tasks,
        int totalTasks,
        List<String> workstreams) {

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
            boolean mayReport) {}

    public record MilestoneView(
            long id,
            int version,
            String title,
            LocalDate due,
            long ownerId,
            String ownerName,
            LocalDate reachedOn,
            boolean missed,
            boolean mayReach) {}
}
