package scot.cairn.partnership.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import scot.cairn.partnership.MemberRole;

/** Adds a person already in Cairn, found by email address, to a partnership with a role. */
record MemberForm(
        @NotBlank(message = "Enter the email address of the person to add")
        String email,

        @NotNull(message = "Choose manager, member or observer")
        MemberRole role) {}
