package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import scot.cairn.partnership.MemberRole;

/** A person, found by their email address in the directory, and the role they should have. */
@Schema(name = "MemberChange")
record MemberChange(
        @NotBlank(message = "{partnership.api.emailRequired}")
        String email,

        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) MemberRole role) {}
