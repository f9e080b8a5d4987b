package scot.cairn.planning;

import java.time.LocalDate;
import java.util.List;
import scot.cairn.partnership.Stage;

/**
 * A task as added or changed. {@code workstream} names one of the project team's workstreams or is null;
 * {@code workPackageId} is the id of one of the plan's work packages or null (a task in a package belongs to the
 * package's workstream); {@code dependsOn} lists the numbers of the tasks that must finish before this one starts
 * (T-3 is 3).
 */
public record TaskDetails(
        String title,
        String workstream,
        Stage stage,
        Long ownerId,
        LocalDate start,
        LocalDate due,
        List<Long> dependsOn,
        Long workPackageId) {

    /** A task in no work package. */
    public TaskDetails(
            String title,
            String workstream,
            Stage stage,
            Long ownerId,
            LocalDate start,
            LocalDate due,
            List<Long> dependsOn) {
        this(title, workstream, stage, ownerId, start, due, dependsOn, null);
    }
}
