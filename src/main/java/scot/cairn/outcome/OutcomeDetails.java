package scot.cairn.outcome;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a user enters about an outcome: the stakeholder group of the same partnership that experiences it. */
public record OutcomeDetails(
        @NotNull(message = "Choose the stakeholder group") Long stakeholderGroupId,

        @NotBlank(message = "Enter the outcome") @Size(max = 200, message = "Outcome must be 200 characters or fewer")
        String name,

        @Size(max = 2000, message = "Description must be 2,000 characters or fewer")
        String description) {

    OutcomeDetails normalised() {
        return new OutcomeDetails(stakeholderGroupId, Texts.strip(name), Texts.optional(description));
    }
}
