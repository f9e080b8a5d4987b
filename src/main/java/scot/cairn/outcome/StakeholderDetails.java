package scot.cairn.outcome;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a user enters about a stakeholder group. Names are unique within a partnership, ignoring case. */
public record StakeholderDetails(
        @NotBlank(message = "Enter the stakeholder group's name")
        @Size(max = 120, message = "Name must be 120 characters or fewer")
        String name,

        @Size(max = 2000, message = "Description must be 2,000 characters or fewer")
        String description) {

    StakeholderDetails normalised() {
        return new StakeholderDetails(Texts.strip(name), Texts.optional(description));
    }
}
