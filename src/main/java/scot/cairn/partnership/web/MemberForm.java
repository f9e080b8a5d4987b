package scot.cairn.partnership.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import scot.cairn.partnership.MemberRole;

/** Adds a person already in Cairn, found by email address, to a partnership with a role. */
record MemberForm(
        @NotBlank(message = "{partnership.members.emailMissing}")
        String email,

        @NotNull(message = "{partnership.members.chooseRole}")
        MemberRole role) {}
