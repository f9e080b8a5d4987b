package scot.cairn.governance;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import org.springframework.stereotype.Component;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.OrganisationSummary;
import scot.cairn.directory.PersonService;
import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.partnership.Standing;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;

/**
 * What the governance services share: access through the partnership module (404 for non-members, 403 for
 * non-managers on changes), directory look-ups and the audit trail, always with the partnership's id.
 */
@Component
class GovernanceContext {

    static final String MANAGERS_ONLY = "Only the partnership's managers can change its governance.";
    static final String CLOSED = PartnershipView.CLOSED;

    private final PartnershipService partnerships;
    private final PersonService people;
    private final OrganisationService organisations;
    private final AuditTrail audit;

    GovernanceContext(
            PartnershipService partnerships,
            PersonService people,
            OrganisationService organisations,
            AuditTrail audit) {
        this.partnerships = partnerships;
        this.people = people;
        this.organisations = organisations;
        this.audit = audit;
    }

    PartnershipView visible(long id, CurrentUser user) {
        return partnerships.get(id, user);
    }

    PartnershipView managed(long id, CurrentUser user) {
        var p = partnerships.get(id, user);
        if (!p.viewerManages()) {
            throw new ForbiddenException(MANAGERS_ONLY);
        }
        return open(p);
    }

    /** Refuses every change to a closed partnership's governance: it is a record now. */
    static PartnershipView open(PartnershipView p) {
        if (p.closed()) {
            throw InvalidInputException.of("", CLOSED);
        }
        return p;
    }

    PersonSummary person(String email) {
        return people.findByEmail(email)
                .orElseThrow(() -> InvalidInputException.of(
                        "email",
                        email == null || email.isBlank()
                                ? "Enter the person's email address"
                                : "Nobody with the email address " + email.strip() + " is in Cairn"));
    }

    Map<Long, PersonSummary> people(Collection<Long> ids) {
        return people.getAll(new HashSet<>(ids));
    }

    Map<Long, OrganisationSummary> organisations(Collection<Long> ids) {
        return organisations.getAll(new HashSet<>(ids));
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
}
