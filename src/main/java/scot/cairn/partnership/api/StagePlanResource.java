package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.partnership.Stage;
import scot.cairn.partnership.StageDates;

/**
 * The planned and actual dates of each lifecycle stage, in lifecycle order, with the partnership's version. GET
 * answers with it and PUT takes it back; stages left out of a PUT keep their dates.
 */
@Schema(name = "StagePlan")
record StagePlanResource(
        @NotNull(message = "{partnership.api.versionRequired}")
        Integer version,

        @NotNull(message = "{partnership.api.stagesRequired}") @Valid
        List<StageDatesResource> stages) {

    static StagePlanResource from(PartnershipView v) {
        return new StagePlanResource(
                v.version(),
                v.stages().stream()
                        .map(s -> new StageDatesResource(
                                s.stage(), s.plannedStart(), s.plannedEnd(), s.actualStart(), s.actualEnd()))
                        .toList());
    }

    List<StageDates> dates() {
        return stages.stream().map(StageDatesResource::dates).toList();
    }

    /** One stage's dates; null means not known yet. */
    @Schema(name = "StageDates")
    record StageDatesResource(
            @NotNull(message = "{partnership.api.stageRequired}")
            Stage stage,

            LocalDate plannedStart,
            LocalDate plannedEnd,
            LocalDate actualStart,
            LocalDate actualEnd) {

        StageDates dates() {
            return new StageDates(stage, plannedStart, plannedEnd, actualStart, actualEnd);
        }
    }
}
