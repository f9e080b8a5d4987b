package scot.cairn.outcome;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipSummary;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;

/**
 * A partnership's outcome framework: adding and changing stakeholder groups, outcomes and indicators, and copying a
 * whole framework from another partnership. Names are unique (ignoring case) among the partnership's stakeholder
 * groups, its outcomes and its indicators. Every change is in the partnership's audit trail.
 */
@Service
public class FrameworkService {

    static final String STAKEHOLDER = "outcome-stakeholder";
    static final String OUTCOME = "outcome-outcome";
    static final String INDICATOR = "outcome-indicator";
    static final String FRAMEWORK = "outcome-framework";

    private final PartnershipScope scope;
    private final FrameworkStore store;
    private final AuditTrail audit;
    private final Clock clock;

    FrameworkService(PartnershipScope scope, FrameworkStore store, AuditTrail audit, Clock clock) {
        this.scope = scope;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public FrameworkView framework(long partnershipId, CurrentUser user) {
        var a = scope.requireRead(partnershipId, user);
        var p = a.partnership();
        return new FrameworkView(p.id(), p.title(), a.mayEdit(Editors.EVIDENCE), store.tree(partnershipId));
    }

    /** Other partnerships the user can see whose framework has at least one stakeholder group. */
    @Transactional(readOnly = true)
    public List<PartnershipSummary> copySources(long partnershipId, CurrentUser user) {
        return scope.readable(user).stream()
                .filter(s -> s.id() != partnershipId)
                .filter(s -> !store.stakeholders()
                        .findByPartnershipIdOrderByName(s.id())
                        .isEmpty())
                .toList();
    }

    @Transactional
    public long addStakeholder(long partnershipId, StakeholderDetails details, CurrentUser user) {
        scope.requireEdit(partnershipId, user, Editors.EVIDENCE);
        store.checkRoom(partnershipId, "", 1, 0, 0);
        unique(
                store.stakeholders().findByPartnershipIdOrderByName(partnershipId),
                StakeholderGroup::id,
                StakeholderGroup::name,
                null,
                details.name(),
                "outcome.stakeholder.exists");
        var saved = store.stakeholders().save(StakeholderGroup.create(partnershipId, details, clock.instant()));
        audit.record(
                STAKEHOLDER,
                saved.id(),
                partnershipId,
                "outcome.audit.stakeholderAdded",
                describe(null, saved.details()));
        return saved.id();
    }

    @Transactional
    public void updateStakeholder(
            long partnershipId, long id, Integer seenVersion, StakeholderDetails details, CurrentUser user) {
        scope.requireEdit(partnershipId, user, Editors.EVIDENCE);
        var before = store.stakeholder(partnershipId, id);
        ConcurrentChangeException.check("stakeholder group", seenVersion, before.version());
        unique(
                store.stakeholders().findByPartnershipIdOrderByName(partnershipId),
                StakeholderGroup::id,
                StakeholderGroup::name,
                id,
                details.name(),
                "outcome.stakeholder.exists");
        var after = store.stakeholders().save(before.describe(details));
        record(
                STAKEHOLDER,
                id,
                partnershipId,
                "outcome.audit.stakeholderChanged",
                describe(before.details(), after.details()));
    }

    @Transactional
    public long addOutcome(long partnershipId, OutcomeDetails details, CurrentUser user) {
        scope.requireEdit(partnershipId, user, Editors.EVIDENCE);
        store.checkRoom(partnershipId, "", 0, 1, 0);
        checkOutcome(partnershipId, null, details);
        var saved = store.outcomes().save(Outcome.create(partnershipId, details, clock.instant()));
        audit.record(
                OUTCOME,
                saved.id(),
                partnershipId,
                "outcome.audit.outcomeAdded",
                describe(partnershipId, null, saved.details()));
        return saved.id();
    }

    @Transactional
    public void updateOutcome(
            long partnershipId, long id, Integer seenVersion, OutcomeDetails details, CurrentUser user) {
        scope.requireEdit(partnershipId, user, Editors.EVIDENCE);
        var before = store.outcome(partnershipId, id);
        ConcurrentChangeException.check("outcome", seenVersion, before.version());
        checkOutcome(partnershipId, id, details);
        var after = store.outcomes().save(before.describe(details));
        record(
                OUTCOME,
                id,
                partnershipId,
                "outcome.audit.outcomeChanged",
                describe(partnershipId, before.details(), after.details()));
    }

    @Transactional
    public long addIndicator(long partnershipId, IndicatorDetails details, CurrentUser user) {
        scope.requireEdit(partnershipId, user, Editors.EVIDENCE);
        store.checkRoom(partnershipId, "", 0, 0, 1);
        checkIndicator(partnershipId, null, details);
        var saved = store.indicators().save(Indicator.create(partnershipId, details, clock.instant()));
        audit.record(
                INDICATOR,
                saved.id(),
                partnershipId,
                "outcome.audit.indicatorAdded",
                IndicatorChanges.of(null, saved.details()));
        return saved.id();
    }

    @Transactional
    public void updateIndicator(
            long partnershipId, long id, Integer seenVersion, IndicatorDetails details, CurrentUser user) {
        scope.requireEdit(partnershipId, user, Editors.EVIDENCE);
        var before = store.indicator(partnershipId, id);
        ConcurrentChangeException.check("indicator", seenVersion, before.version());
        checkIndicator(partnershipId, id, details);
        var after = store.indicators().save(before.describe(details));
        record(
                INDICATOR,
                id,
                partnershipId,
                "outcome.audit.indicatorChanged",
                IndicatorChanges.of(before.details(), after.details()));
    }

    /**
     * Copies the stakeholder groups, outcomes and indicators of another partnership the user can see into this one
     * (measurements stay behind). Refused when a copied name is already in use here.
     *
     * @return how many indicators were copied
     */
    @Transactional
    public int copyFrom(long partnershipId, Long sourceId, CurrentUser user) {
        scope.requireEdit(partnershipId, user, Editors.EVIDENCE);
        if (sourceId == null || sourceId == partnershipId) {
            throw InvalidInputException.of("sourceId", "outcome.copy.sourceMissing");
        }
        var source = scope.requireRead(sourceId, user).partnership();
        var copy = new FrameworkCopy(store, partnershipId, clock.instant()).copy(store.tree(sourceId));
        audit.record(
                FRAMEWORK,
                partnershipId,
                partnershipId,
                "outcome.audit.frameworkCopied",
                Changes.create()
                        .field("outcome.audit.copiedFrom", null, source.title())
                        .field("outcome.audit.stakeholderGroups", null, copy.stakeholders())
                        .field("outcome.audit.outcomes", null, copy.outcomes())
                        .field("outcome.audit.indicators", null, copy.indicators()));
        return copy.indicators();
    }

    private void checkOutcome(long partnershipId, Long id, OutcomeDetails details) {
        if (details.stakeholderGroupId() != null) {
            store.stakeholders()
                    .findById(details.stakeholderGroupId())
                    .filter(s -> s.partnershipId() == partnershipId)
                    .orElseThrow(
                            () -> InvalidInputException.of("stakeholderGroupId", "outcome.outcome.stakeholderNotHere"));
        }
        unique(
                store.outcomes().findByPartnershipIdOrderByName(partnershipId),
                Outcome::id,
                Outcome::name,
                id,
                details.name(),
                "outcome.outcome.exists");
    }

    private void checkIndicator(long partnershipId, Long id, IndicatorDetails details) {
        if (details.outcomeId() != null) {
            store.outcomes()
                    .findById(details.outcomeId())
                    .filter(o -> o.partnershipId() == partnershipId)
                    .orElseThrow(() -> InvalidInputException.of("outcomeId", "outcome.indicator.outcomeNotHere"));
        }
        unique(
                store.indicators().findByPartnershipIdOrderByName(partnershipId),
                Indicator::id,
                Indicator::name,
                id,
                details.name(),
                "outcome.indicator.exists");
    }

    private static <T> void unique(
            List<T> existing, Function<T, Long> id, Function<T, String> name, Long self, String wanted, String key) {
        if (wanted == null) {
            return;
        }
        boolean taken = existing.stream()
                .filter(e -> !Objects.equals(self, id.apply(e)))
                .anyMatch(e -> name.apply(e).equalsIgnoreCase(wanted.strip()));
        if (taken) {
            throw InvalidInputException.of("name", key, wanted.strip());
        }
    }

    private void record(String subject, long id, long partnershipId, String action, Changes changes) {
        if (!changes.isEmpty()) {
            audit.record(subject, id, partnershipId, action, changes);
        }
    }

    private static Changes describe(StakeholderDetails before, StakeholderDetails after) {
        return Changes.create()
                .field("outcome.audit.stakeholderGroup", before == null ? null : before.name(), after.name())
                .field("outcome.audit.description", before == null ? null : before.description(), after.description());
    }

    private Changes describe(long partnershipId, OutcomeDetails before, OutcomeDetails after) {
        return Changes.create()
                .field("outcome.audit.outcome", before == null ? null : before.name(), after.name())
                .field(
                        "outcome.audit.stakeholderGroup",
                        before == null ? null : groupName(partnershipId, before.stakeholderGroupId()),
                        groupName(partnershipId, after.stakeholderGroupId()))
                .field("outcome.audit.description", before == null ? null : before.description(), after.description());
    }

    private String groupName(long partnershipId, long id) {
        return store.stakeholder(partnershipId, id).name();
    }
}
