package scot.cairn.directory;

/**
 * A person as other modules and pages see it. {@code organisationId}, {@code organisationName} and {@code sector} are
 * all null for someone without an organisation.
 */
public record PersonSummary(
        long id,
        int version,
        String fullName,
        String email,
        String jobTitle,
        Long organisationId,
        String organisationName,
        Sector sector) {

    public PersonDetails details() {
        return new PersonDetails(fullName, email, jobTitle, organisationId);
    }

    /** Whether Cairn can email them; people without an email address are recorded by name and cannot sign in. */
    public boolean hasEmail() {
        return email != null;
    }

    /** "Name (Organisation)" or just the name. */
    public String label() {
        return organisationName == null ? fullName : fullName + " (" + organisationName + ")";
    }
}
