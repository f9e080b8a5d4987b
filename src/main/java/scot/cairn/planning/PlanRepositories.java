package scot.cairn.planning;

import org.springframework.stereotype.Component;

/** The plan's storage: its tasks and its milestones, and a whole plan's tasks read at once. */
@Component
record PlanRepositories(TaskRepository tasks, MilestoneRepository milestones, PlanTable table) {}
