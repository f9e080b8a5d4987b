package scot.cairn.identity.web;

import scot.cairn.directory.PersonDetails;

/**
 * The "add a person" form: who they are and the account they will sign in with. An unticked checkbox sends nothing,
 * so {@code administrator} is null then.
 */
record PersonForm(
        String fullName, String email, String jobTitle, Long organisationId, String password, Boolean administrator) {

    static PersonForm empty() {
        return new PersonForm(null, null, null, null, null, null);
    }

    boolean makeAdministrator() {
        return Boolean.TRUE.equals(administrator);
    }

    PersonDetails details() {
        return new PersonDetails(fullName, email, jobTitle, organisationId);
    }
}
