package scot.cairn.outcome;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a user enters about a stakeholder group. Names are unique within a partnership, ignoring case. */
public record StakeholderDetails(
        @NotBlank(message = "{outcome.stakeholder.nameMissing}")
        @Size(max = 120, message = "{outcome.stakeholder.nameTooLong}")
        String name,

        @Size(max = 2000, message = "{outcome.form.descriptionTooLong}")
        String description) {

    StakeholderDetails normalised() {
        return new StakeholderDetails(Texts.strip(name), Texts.optional(description));
    }
}
