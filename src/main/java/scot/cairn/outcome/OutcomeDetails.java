package scot.cairn.outcome;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user enters about an outcome: the stakeholder group of the same partnership that experiences it. */
public record OutcomeDetails(
        @NotNull(message = "{outcome.outcome.stakeholderMissing}")
        Long stakeholderGroupId,

        @NotBlank(message = "{outcome.outcome.nameMissing}") @Size(max = 200, message = "{outcome.outcome.nameTooLong}")
        String name,

        @Size(max = 2000, message = "{outcome.form.descriptionTooLong}")
        String description) {

    OutcomeDetails normalised() {
        return new OutcomeDetails(stakeholderGroupId, Texts.strip(name), Texts.optional(description));
    }
}
