package scot.cairn.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.platform.AuditEvent;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * People known to Cairn. Only platform administrators add or change people with accounts; email addresses are unique
 * when there is one. People without an email address are recorded by whoever the calling module allows (a partnership
 * manager adding a carer to the partnership), with their contact details and consent kept apart from the summary that
 * every page sees.
 */
@Service
public class PersonService {

    static final String SUBJECT = "person";

    private final PersonRepository people;
    private final OrganisationRepository organisations;
    private final AuditTrail audit;
    private final DetailsRules rules;
    private final Clock clock;

    PersonService(
            PersonRepository people,
            OrganisationRepository organisations,
            AuditTrail audit,
            DetailsRules rules,
            Clock clock) {
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    /**
     * Records a person who has no email address. The calling module has decided that {@code recordedBy} may.
     *
     * @throws InvalidInputException naming each field that breaks a rule
     */
    @Transactional
    public PersonSummary recordWithoutEmail(ContactDetails details, long recordedBy) {
        rules.check(details);
        var saved = people.save(Person.recordWithoutEmail(details, LocalDate.now(clock), recordedBy));
        var summary = get(saved.id());
        audit.record(
                SUBJECT,
                saved.id(),
                null,
                "directory.audit.personRecorded",
                contactDiff(null, contact(saved.id()).orElseThrow()));
        return summary;
    }

    /**
     * How to reach a person without an email address, or empty for someone who has one (they are reached by email and
     * notification). The calling module decides who may see it.
     */
    @Transactional(readOnly = true)
    public Optional<PersonContact> contact(long id) {
        var person = people.findById(id).orElseThrow(() -> new NotFoundException("Person"));
        if (person.email() != null) {
            return Optional.empty();
        }
        String by = person.recordedBy() == null
                ? null
                : people.findById(person.recordedBy()).map(Person::fullName).orElse(null);
        return Optional.of(new PersonContact(
                person.id(),
                person.version(),
                person.fullName(),
                person.phone(),
                person.postalAddress(),
                person.consent(),
                person.consentOn(),
                by));
    }

    /**
     * Changes the details of a person without an email address. The calling module has decided that the caller may.
     *
     * @throws ConcurrentChangeException when {@code seenVersion} is not the stored version
     * @throws InvalidInputException naming each field that breaks a rule, or when the person has an email address
     */
    @Transactional
    public PersonContact changeContact(long id, Integer seenVersion, ContactDetails details) {
        var person = people.findById(id).orElseThrow(() -> new NotFoundException("Person"));
        if (person.email() != null) {
            throw InvalidInputException.of("fullName", "directory.contact.hasEmail", person.fullName());
        }
        ConcurrentChangeException.check("person", seenVersion, person.version());
        rules.check(details);
        var before = contact(id).orElseThrow();
        person.changeContact(details, LocalDate.now(clock));
        people.save(person);
        var after = contact(id).orElseThrow();
        var changes = contactDiff(before, after);
        if (!changes.isEmpty()) {
            audit.record(SUBJECT, id, null, "directory.audit.contactChanged", changes);
        }
        return after;
    }

    @Transactional(readOnly = true)
    public List<PersonSummary> list() {
        var all = people.findAll();
        var orgs = organisationsOf(all);
        return all.stream()
                .map(p -> summary(p, orgs))
                .sorted(Comparator.comparing(PersonSummary::fullName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** @throws NotFoundException when there is no such person */
    @Transactional(readOnly = true)
    public PersonSummary get(long id) {
        var person = people.findById(id).orElseThrow(() -> new NotFoundException("Person"));
        return summary(person, organisationsOf(List.of(person)));
    }

    /** The person with this email address (ignoring case), if any. */
    @Transactional(readOnly = true)
    public Optional<PersonSummary> findByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return people.findByEmail(email.strip().toLowerCase(java.util.Locale.ROOT))
                .map(p -> summary(p, organisationsOf(List.of(p))));
    }

    /** How many contacts of a set of organisations Cairn writes to at once. */
    public static final int CONTACTS = 2000;

    /** The people of these organisations who have an email address, by name; at most {@link #CONTACTS}. */
    @Transactional(readOnly = true)
    public List<PersonSummary> contactsOf(Collection<Long> organisationIds) {
        if (organisationIds.isEmpty()) {
            return List.of();
        }
        var found = people.findByOrganisationIdIn(organisationIds).stream()
                .filter(p -> p.email() != null)
                .toList();
        var orgs = organisationsOf(found);
        return found.stream()
                .map(p -> summary(p, orgs))
                .sorted(Comparator.comparing(PersonSummary::fullName, String.CASE_INSENSITIVE_ORDER))
                .limit(CONTACTS)
                .toList();
    }

    /** The people with these ids that exist, by id. */
    @Transactional(readOnly = true)
    public Map<Long, PersonSummary> getAll(Collection<Long> ids) {
        var found = people.findAllById(ids);
        var orgs = organisationsOf(found);
        return found.stream()
                .map(p -> summary(p, orgs))
                .collect(Collectors.toMap(PersonSummary::id, Function.identity()));
    }

    /**
     * Checks that a person with these details could be added, without adding them.
     *
     * @throws InvalidInputException naming every field that breaks a rule or duplicates someone else's
     */
    @Transactional(readOnly = true)
    public void check(PersonDetails details) {
        rules.check(details);
        check(details.normalised(), null);
    }

    /** @throws InvalidInputException when the details break a rule or the email address is taken */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PersonSummary create(PersonDetails details) {
        return createInvited(details);
    }

    /**
     * Adds a person someone is inviting to Cairn. Unlike {@link #create}, any signed-in caller may add them: the
     * inviting module has already decided that its user may invite (a partnership manager adding a member).
     *
     * @throws InvalidInputException when the details break a rule or the email address is taken
     */
    @Transactional
    public PersonSummary createInvited(PersonDetails details) {
        rules.check(details);
        var normalised = details.normalised();
        check(normalised, null);
        var saved = people.save(Person.register(normalised));
        var summary = get(saved.id());
        audit.record(SUBJECT, saved.id(), null, "directory.audit.personAdded", diff(null, summary));
        return summary;
    }

    /**
     * @throws ConcurrentChangeException when {@code seenVersion} is not the stored version
     * @throws InvalidInputException when the details break a rule or the email address is taken
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public PersonSummary update(long id, Integer seenVersion, PersonDetails details) {
        var person = people.findById(id).orElseThrow(() -> new NotFoundException("Person"));
        ConcurrentChangeException.check("person", seenVersion, person.version());
        rules.check(details);
        var normalised = details.normalised();
        check(normalised, id);
        var before = get(id);
        person.change(normalised);
        people.save(person);
        var after = get(id);
        var changes = diff(before, after);
        if (!changes.isEmpty()) {
            audit.record(SUBJECT, id, null, "directory.audit.personUpdated", changes);
        }
        return after;
    }

    /** Everything recorded about the person and their account, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEvent> history(long id) {
        get(id);
        return audit.forSubject(SUBJECT, id);
    }

    private void check(PersonDetails d, Long self) {
        new InvalidInputException.Collector()
                .rejectIf(
                        d.email() != null
                                && people.findByEmail(d.email())
                                        .filter(p -> !p.id().equals(self))
                                        .isPresent(),
                        "email",
                        "directory.person.emailTaken",
                        d.email())
                .rejectIf(
                        d.organisationId() != null && !organisations.existsById(d.organisationId()),
                        "organisationId",
                        "directory.person.organisationUnknown")
                .throwIfAny();
    }

    private Map<Long, Organisation> organisationsOf(List<Person> persons) {
        var ids = persons.stream()
                .map(Person::organisationId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
        return organisations.findAllById(ids).stream().collect(Collectors.toMap(Organisation::id, Function.identity()));
    }

    private static PersonSummary summary(Person p, Map<Long, Organisation> orgs) {
        var org = p.organisationId() == null ? null : orgs.get(p.organisationId());
        return new PersonSummary(
                p.id(),
                p.version(),
                p.fullName(),
                p.email(),
                p.jobTitle(),
                p.organisationId(),
                org == null ? null : org.summary().name(),
                org == null ? null : org.summary().sector());
    }

    private static Changes contactDiff(PersonContact before, PersonContact after) {
        return Changes.create()
                .field("directory.audit.fullName", before == null ? null : before.fullName(), after.fullName())
                .field("directory.audit.phone", before == null ? null : before.phone(), after.phone())
                .field(
                        "directory.audit.postalAddress",
                        before == null ? null : before.postalAddress(),
                        after.postalAddress())
                .field("directory.audit.consent", before == null ? null : before.consent(), after.consent());
    }

    private static Changes diff(PersonSummary before, PersonSummary after) {
        return Changes.create()
                .field("directory.audit.fullName", before == null ? null : before.fullName(), after.fullName())
                .field("directory.audit.email", before == null ? null : before.email(), after.email())
                .field("directory.audit.jobTitle", before == null ? null : before.jobTitle(), after.jobTitle())
                .field(
                        "directory.audit.organisation",
                        before == null ? null : before.organisationName(),
                        after.organisationName());
    }
}
