package scot.cairn.identity.api;

import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.CurrentUser;

/** The person a token belongs to. The organisation fields are null for someone without one. */
record MeResource(
        long personId,
        String fullName,
        String email,
        String jobTitle,
        Long organisationId,
        String organisationName,
        boolean administrator) {

    static MeResource of(CurrentUser user, PersonSummary person) {
        return new MeResource(
                person.id(),
                person.fullName(),
                person.email(),
                person.jobTitle(),
                person.organisationId(),
                person.organisationName(),
                user.administrator());
    }
}
