package scot.cairn.partnership.web;

import scot.cairn.directory.ContactDetails;
import scot.cairn.directory.PersonContact;
import scot.cairn.partnership.MemberRole;

/** A person without an email address: their name, how to reach them, what they agreed to, and their role. */
record NoEmailForm(String fullName, String phone, String postalAddress, String consent, MemberRole memberRole) {

    static NoEmailForm empty() {
        return new NoEmailForm(null, null, null, null, MemberRole.MEMBER);
    }

    static NoEmailForm of(PersonContact contact) {
        return new NoEmailForm(contact.fullName(), contact.phone(), contact.postalAddress(), contact.consent(), null);
    }

    ContactDetails details() {
        return new ContactDetails(fullName, phone, postalAddress, consent);
    }
}
