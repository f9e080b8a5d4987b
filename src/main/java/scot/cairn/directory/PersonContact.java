package scot.cairn.directory;

import java.time.LocalDate;

/**
 * How to reach a person without an email address and what they agreed to, for those who need it (the managers of a
 * partnership they take part in, administrators). {@code recordedBy} names who recorded them, or is null.
 */
public record PersonContact(
        long personId,
        int version,
        String fullName,
        String phone,
        String postalAddress,
        String consent,
        LocalDate consentOn,
        String recordedBy) {

    public ContactDetails details() {
        return new ContactDetails(fullName, phone, postalAddress, consent);
    }
}
