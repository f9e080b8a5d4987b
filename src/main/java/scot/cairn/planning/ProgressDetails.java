package scot.cairn.planning;

/** How far a task has come: its status, the percentage complete, and why it is blocked (only when it is). */
public record ProgressDetails(TaskStatus status, Integer percent, String blockedReason) {}
