package scot.cairn.partnership;

import java.time.LocalDate;

/** Planned and actual dates for one stage, as entered. Null means not known yet. */
public record StageDates(
        Stage stage, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd) {}
