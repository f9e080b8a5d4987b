package scot.cairn.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
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
 * The organisations directory. Anyone signed in may read it; only platform administrators change it. Names, charity
 * numbers and company numbers are unique.
 */
@Service
public class OrganisationService {

    static final String SUBJECT = "organisation";

    private final OrganisationRepository organisations;
    private final AuditTrail audit;
    private final DetailsRules rules;

    OrganisationService(OrganisationRepository organisations, AuditTrail audit, DetailsRules rules) {
        this.organisations = organisations;
        this.audit = audit;
        this.rules = rules;
    }

    /** Organisations whose name contains {@code query} (ignoring case), by name; all of them for a blank query. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> search(String query) {
        String term =
                query == null ? "" : Organisation.keyOf(query).replace("%", "").replace("_", "");
        return organisations.search("%" + term + "%").stream()
                .map(Organisation::summary)
                .toList();
    }

    /** @throws NotFoundException when there is no such organisation */
    @Transactional(readOnly = true)
    public OrganisationSummary get(long id) {
        return organisations
                .findById(id)
                .map(Organisation::summary)
                .orElseThrow(() -> new NotFoundException("Organisation"));
    }

    /** The organisations with these ids that exist, by id. */
    @Transactional(readOnly = true)
    public Map<Long, OrganisationSummary> getAll(Collection<Long> ids) {
        return organisations.findAllById(ids).stream()
                .map(Organisation::summary)
                .collect(Collectors.toMap(OrganisationSummary::id, Function.identity()));
    }

    /** @throws InvalidInputException when the details break a rule or duplicate another organisation's */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OrganisationSummary create(OrganisationDetails details) {
        rules.check(details);
        var normalised = details.normalised();
        checkUnique(normalised, null);
        var saved = organisations.save(Organisation.register(normalised));
        audit.record(SUBJECT, saved.id(), null, "directory.audit.organisationCreated", diff(null, saved.summary()));
        return saved.summary();
    }

    /**
     * @throws ConcurrentChangeException when {@code seenVersion} is not the stored version
     * @throws InvalidInputException when the details break a rule or duplicate another organisation's
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OrganisationSummary update(long id, Integer seenVersion, OrganisationDetails details) {
        var organisation = organisations.findById(id).orElseThrow(() -> new NotFoundException("Organisation"));
        ConcurrentChangeException.check("organisation", seenVersion, organisation.version());
        rules.check(details);
        var normalised = details.normalised();
        checkUnique(normalised, id);
        var before = organisation.summary();
        organisation.change(normalised);
        var saved = organisations.save(organisation);
        var changes = diff(before, saved.summary());
        if (!changes.isEmpty()) {
            audit.record(SUBJECT, id, null, "directory.audit.organisationUpdated", changes);
        }
        return saved.summary();
    }

    @Transactional(readOnly = true)
    public List<AuditEvent> history(long id) {
        get(id);
        return audit.forSubject(SUBJECT, id);
    }

    private void checkUnique(OrganisationDetails d, Long self) {
        new InvalidInputException.Collector()
                .rejectIf(
                        organisations
                                .findByNameKey(Organisation.keyOf(d.name()))
                                .filter(o -> !o.id().equals(self))
                                .isPresent(),
                        "name",
                        "directory.organisation.nameTaken",
                        d.name())
                .rejectIf(
                        d.charityNumber() != null
                                && organisations
                                        .findByCharityNumber(d.charityNumber())
                                        .filter(o -> !o.id().equals(self))
                                        .isPresent(),
                        "charityNumber",
                        "directory.organisation.charityNumberTaken",
                        d.charityNumber())
                .rejectIf(
                        d.companyNumber() != null
                                && organisations
                                        .findByCompanyNumber(d.companyNumber())
                                        .filter(o -> !o.id().equals(self))
                                        .isPresent(),
                        "companyNumber",
                        "directory.organisation.companyNumberTaken",
                        d.companyNumber())
                .throwIfAny();
    }

    private static Changes diff(OrganisationSummary before, OrganisationSummary after) {
        return Changes.create()
                .field("directory.audit.name", before == null ? null : before.name(), after.name())
                .field(
                        "directory.audit.sector",
                        before == null ? null : before.sector().labelKey(),
                        after.sector().labelKey())
                .field(
                        "directory.audit.type",
                        before == null ? null : before.type().labelKey(),
                        after.type().labelKey())
                .field(
                        "directory.audit.charityNumber",
                        before == null ? null : before.charityNumber(),
                        after.charityNumber())
                .field(
                        "directory.audit.companyNumber",
                        before == null ? null : before.companyNumber(),
                        after.companyNumber())
                .field("directory.audit.region", before == null ? null : before.region(), after.region());
    }
}
