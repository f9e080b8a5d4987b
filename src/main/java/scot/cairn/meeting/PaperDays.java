package scot.cairn.meeting;

/**
 * A group's deadline for papers: {@code paperDays} working days before each of its meetings; version 0 is a group
 * that has not chosen (and has the standard five days).
 */
public record PaperDays(int paperDays, int version) {}
