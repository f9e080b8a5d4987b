package scot.cairn.planning;

import org.springframework.stereotype.Component;

/** The plan's storage: its tasks and its milestones. */
@Component
record PlanRepositories(TaskRepository tasks, MilestoneRepository milestones) {}
