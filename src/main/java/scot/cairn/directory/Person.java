package scot.cairn.directory;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person known to Cairn. Belongs to at most one organisation. Someone without an email address (a carer, a person who
 * uses the service) is recorded by name with optional phone or post and what they agreed to, and cannot sign in.
 */
@Table("directory_person")
class Person {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private String fullName;
    private String email;
    private String jobTitle;
    private Long organisationId;
    private String phone;
    private String postalAddress;
    private String consent;
    private LocalDate consentOn;
    private final Long recordedBy;

    @PersistenceCreator
    Person(
            Long id,
            Integer version,
            String fullName,
            String email,
            String jobTitle,
            Long organisationId,
            String phone,
            String postalAddress,
            String consent,
            LocalDate consentOn,
            Long recordedBy) {
        this.id = id;
        this.version = version;
        this.fullName = fullName;
        this.email = email;
        this.jobTitle = jobTitle;
        this.organisationId = organisationId;
        this.phone = phone;
        this.postalAddress = postalAddress;
        this.consent = consent;
        this.consentOn = consentOn;
        this.recordedBy = recordedBy;
    }

    static Person register(PersonDetails details) {
        var person = new Person(null, null, null, null, null, null, null, null, null, null, null);
        person.change(details);
        return person;
    }

    /** A person without an email address, recorded by someone on the day they agreed to what {@code consent} says. */
    static Person recordWithoutEmail(ContactDetails details, LocalDate on, long recordedBy) {
        var d = details.normalised();
        return new Person(
                null, null, d.fullName(), null, null, null, d.phone(), d.postalAddress(), d.consent(), on, recordedBy);
    }

    /** Changes the contact details; the consent date moves only when what they agreed to changes. */
    void changeContact(ContactDetails details, LocalDate on) {
        var d = details.normalised();
        this.fullName = d.fullName();
        this.phone = d.phone();
        this.postalAddress = d.postalAddress();
        if (!d.consent().equals(consent)) {
            this.consent = d.consent();
            this.consentOn = on;
        }
    }

    void change(PersonDetails details) {
        var d = details.normalised();
        this.fullName = d.fullName();
        this.email = d.email();
        this.jobTitle = d.jobTitle();
        this.organisationId = d.organisationId();
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    String fullName() {
        return fullName;
    }

    String email() {
        return email;
    }

    String jobTitle() {
        return jobTitle;
    }

    Long organisationId() {
        return organisationId;
    }

    String phone() {
        return phone;
    }

    String postalAddress() {
        return postalAddress;
    }

    String consent() {
        return consent;
    }

    LocalDate consentOn() {
        return consentOn;
    }

    Long recordedBy() {
        return recordedBy;
    }
}
