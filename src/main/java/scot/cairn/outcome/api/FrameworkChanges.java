package scot.cairn.outcome.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import scot.cairn.outcome.IndicatorDetails;
import scot.cairn.outcome.OutcomeDetails;
import scot.cairn.outcome.StakeholderDetails;

/** Request bodies that change one part of a framework: new details with the version the caller last read. */
final class FrameworkChanges {

    private FrameworkChanges() {}

    @Schema(name = "StakeholderChange")
    record StakeholderChange(
            @NotNull(message = "{outcome.api.versionRequired}")
            Integer version,

            @NotNull(message = "{outcome.api.stakeholderDetails}") @Valid
            StakeholderDetails details) {}

    @Schema(name = "OutcomeChange")
    record OutcomeChange(
            @NotNull(message = "{outcome.api.versionRequired}")
            Integer version,

            @NotNull(message = "{outcome.api.outcomeDetails}") @Valid
            OutcomeDetails details) {}

    @Schema(name = "IndicatorChange")
    record IndicatorChange(
            @NotNull(message = "{outcome.api.versionRequired}")
            Integer version,

            @NotNull(message = "{outcome.api.indicatorDetails}") @Valid
            IndicatorDetails details) {}

    /** A stakeholder group without its outcomes. */
    @Schema(name = "Stakeholder")
    record StakeholderResource(long id, int version, String name, String description) {}

    /** An outcome without its indicators. */
    @Schema(name = "Outcome")
    record OutcomeResource(long id, int version, long stakeholderGroupId, String name, String description) {}
}
