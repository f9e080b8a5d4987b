package scot.cairn.governance;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.OrganisationSummary;
import scot.cairn.directory.PersonService;
import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.partnership.Standing;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.InvalidInputException;

/**
 * What the governance services share: the partnership's access model ({@link PartnershipScope}, which decides who
 * reads, edits and approves), directory look-ups and the audit trail, always with the partnership's id.
 */
@Component
class GovernanceContext {

    private final PartnershipScope scope;
    private final Directory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    GovernanceContext(PartnershipScope scope, Directory directory, AuditTrail audit, ApplicationEventPublisher events) {
        this.scope = scope;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
    }

    /** The people and organisations directory, and the clock. */
    @Component
    record Directory(PersonService people, OrganisationService organisations, java.time.Clock clock) {}

    /** Now, to the millisecond (as stored). */
    java.time.Instant now() {
        return directory.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }

    PartnershipScope scope() {
        return scope;
    }

    PartnershipView visible(long id, CurrentUser user) {
        return scope.requireRead(id, user).partnership();
    }

    /** For changes to the groups and roles: managers only, and never once the partnership is closed. */
    PartnershipView managed(long id, CurrentUser user) {
        return scope.requireEdit(id, user, Editors.MANAGERS).partnership();
    }

    /**
     * Refuses a seat or role for someone who is not a member of the partnership: they could not see what they hold.
     */
    static void requireMember(PartnershipView p, PersonSummary person) {
        if (p.members().stream().noneMatch(m -> m.personId() == person.id())) {
            throw InvalidInputException.of("email", "governance.group.notMember", person.fullName());
        }
    }

    PersonSummary person(String email) {
        return directory
                .people()
                .findByEmail(email)
                .orElseThrow(() -> email == null || email.isBlank()
                        ? InvalidInputException.of("email", "governance.person.emailMissing")
                        : InvalidInputException.of("email", "governance.person.unknown", email.strip()));
    }

    Map<Long, PersonSummary> people(Collection<Long> ids) {
        return directory.people().getAll(new HashSet<>(ids));
    }

    Map<Long, OrganisationSummary> organisations(Collection<Long> ids) {
        return directory.organisations().getAll(new HashSet<>(ids));
    }

    static RoleRules.PartnerFacts partners(PartnershipView p) {
        var sectors = new HashMap<Long, scot.cairn.directory.Sector>();
        var core = new HashSet<Long>();
        var names = new HashMap<Long, String>();
        for (var partner : p.partners()) {
            sectors.put(partner.organisationId(), partner.sector());
            names.put(partner.organisationId(), partner.name());
            if (partner.standing() == Standing.CORE) {
                core.add(partner.organisationId());
            }
        }
        return new RoleRules.PartnerFacts(sectors, core, names);
    }

    void record(String subject, long subjectId, long partnershipId, String action, Changes changes) {
        audit.record(subject, subjectId, partnershipId, action, changes);
    }

    /** Announces a fact to the modules that react to it, when the current transaction commits. */
    void publish(Object event) {
        events.publishEvent(event);
    }
}
