package scot.cairn.planning;

import org.springframework.data.relational.core.mapping.Table;

/** A task this one waits for: it must finish before this one starts. */
@Table("planning_task_dependency")
record TaskDependency(long dependsOnId) {}
