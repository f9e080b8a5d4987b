package scot.cairn.identity.web;

import scot.cairn.directory.PersonDetails;

/**
 * The "add a person" form: who they are, and whether they administer the platform. They choose their own password
 * from the invitation Cairn emails them. An unticked checkbox sends nothing, so {@code administrator} is null then.
 */
record PersonForm(String fullName, String email, String jobTitle, Long organisationId, Boolean administrator) {

    static PersonForm empty() {
        return new PersonForm(null, null, null, null, null);
    }

    boolean makeAdministrator() {
        return Boolean.TRUE.equals(administrator);
    }

    PersonDetails details() {
        return new PersonDetails(fullName, email, jobTitle, organisationId);
    }
}
