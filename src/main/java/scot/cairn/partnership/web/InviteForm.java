package scot.cairn.partnership.web;

import scot.cairn.partnership.MemberRole;

/** Invites a person, by name and email address, into a partnership with a role. */
record InviteForm(String name, String email, MemberRole role) {

    static InviteForm empty() {
        return new InviteForm(null, null, null);
    }
}
