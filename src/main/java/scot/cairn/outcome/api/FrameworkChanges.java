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
            @NotNull(message = "Send the version you last read")
            Integer version,

            @NotNull(message = "Send the stakeholder group's details") @Valid
            StakeholderDetails details) {}

    @Schema(name = "OutcomeChange")
    record OutcomeChange(
            @NotNull(message = "Send the version you last read")
            Integer version,

            @NotNull(message = "Send the outcome's details") @Valid
            OutcomeDetails details) {}

    @Schema(name = "IndicatorChange")
    record IndicatorChange(
            @NotNull(message = "Send the version you last read")
            Integer version,

            @NotNull(message = "Send the indicator's details") @Valid
            IndicatorDetails details) {}

    /** A stakeholder group without its outcomes. */
    @Schema(name = "Stakeholder")
    record StakeholderResource(long id, int version, String name, String description) {}

    /** An outcome without its indicators. */
    @Schema(name = "Outcome")
    record OutcomeResource(long id, int version, long stakeholderGroupId, String name, String description) {}
}
