package scot.cairn.identity.web;

import scot.cairn.directory.PersonDetails;

/** The "add a person" form: who they are and the account they will sign in with. */
record PersonForm(
        String fullName, String email, String jobTitle, Long organisationId, String password, boolean administrator) {

    static PersonForm empty() {
        return new PersonForm(null, null, null, null, null, false);
    }

    PersonDetails details() {
        return new PersonDetails(fullName, email, jobTitle, organisationId);
    }
}
