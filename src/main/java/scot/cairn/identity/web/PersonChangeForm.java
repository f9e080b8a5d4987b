package scot.cairn.identity.web;

import scot.cairn.directory.PersonDetails;
import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.AccountSummary;

/**
 * The "change a person" form. The account fields only matter when the person has an account; an unticked checkbox
 * sends nothing, so it is null.
 */
record PersonChangeForm(
        String fullName, String email, String jobTitle, Long organisationId, Boolean administrator, Boolean unlock) {

    static PersonChangeForm of(PersonSummary person, AccountSummary account) {
        return new PersonChangeForm(
                person.fullName(),
                person.email(),
                person.jobTitle(),
                person.organisationId(),
                account != null && account.administrator(),
                false);
    }

    boolean keepAdministrator() {
        return Boolean.TRUE.equals(administrator);
    }

    boolean unlockSignIn() {
        return Boolean.TRUE.equals(unlock);
    }

    PersonDetails details() {
        return new PersonDetails(fullName, email, jobTitle, organisationId);
    }
}
