package scot.cairn.directory;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person known to Cairn. Belongs to at most one organisation. */
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

    @PersistenceCreator
    Person(Long id, Integer version, String fullName, String email, String jobTitle, Long organisationId) {
        this.id = id;
        this.version = version;
        this.fullName = fullName;
        this.email = email;
        this.jobTitle = jobTitle;
        this.organisationId = organisationId;
    }

    static Person register(PersonDetails details) {
        var person = new Person(null, null, null, null, null, null);
        person.change(details);
        return person;
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
}
