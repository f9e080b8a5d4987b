package scot.cairn.partnership;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** Planned and actual dates of one stage; any of them may be unknown (null). */
@Table("partnership_stage")
record StagePlan(
        Stage stage, LocalDate plannedStart, LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd) {

    static StagePlan empty(Stage stage) {
        return new StagePlan(stage, null, null, null, null);
    }

    StagePlan started(LocalDate day) {
        return new StagePlan(stage, plannedStart, plannedEnd, day, null);
    }

    StagePlan ended(LocalDate day) {
        return new StagePlan(stage, plannedStart, plannedEnd, actualStart == null ? day : actualStart, day);
    }
}
