package scot.cairn.planning;

import org.springframework.stereotype.Component;

/**
 * The plan's storage: its tasks, milestones and work packages, a whole plan's tasks read at once, and its baselines.
 */
@Component
record PlanRepositories(
        TaskRepository tasks,
        MilestoneRepository milestones,
        WorkPackageRepository packages,
        PlanTable table,
        BaselineTable baselines) {}
