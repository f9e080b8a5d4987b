package scot.cairn.outcome;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;

/**
 * A partnership's sustainability evidence for funders: what its editors enter (pilot budget, participants, volumes
 * and service metrics, narrative) together with the outcomes achieved on approved measurements and the costs worked
 * out from them. Every change is in the audit trail.
 */
@Service
public class SustainabilityService {

    static final String SUBJECT = "outcome-sustainability";

    private final PartnershipScope scope;
    private final SustainabilityRepository records;
    private final ResultsService results;
    private final MeasurementService.Support support;

    SustainabilityService(
            PartnershipScope scope,
            SustainabilityRepository records,
            ResultsService results,
            MeasurementService.Support support) {
        this.scope = scope;
        this.records = records;
        this.results = results;
        this.support = support;
    }

    @Transactional(readOnly = true)
    public SustainabilityView view(long partnershipId, CurrentUser user) {
        var a = scope.requireRead(partnershipId, user);
        var p = a.partnership();
        var stored = records.findByPartnershipId(partnershipId).orElse(null);
        var outcomes = results.approvedOutcomes(partnershipId);
        var budget = stored == null ? null : stored.pilotBudget();
        var participants = stored == null ? null : stored.participants();
        return new SustainabilityView(
                p.id(),
                p.title(),
                p.stage(),
                a.mayEdit(Editors.EVIDENCE),
                stored == null ? null : stored.version(),
                budget,
                participants,
                stored == null ? null : stored.viability(),
                stored == null ? null : stored.funderNeeds(),
                stored == null
                        ? List.of()
                        : stored.metrics().stream()
                                .map(m -> new SustainabilityView.Metric(m.name(), m.amount(), m.unit()))
                                .toList(),
                stored == null ? null : support.name(stored.updatedBy()),
                stored == null ? null : stored.updatedAt(),
                outcomes,
                CostFigures.perParticipant(budget, participants),
                CostFigures.perPersonReached(budget, results.peopleReached(partnershipId)));
    }

    /**
     * Saves the evidence as entered, replacing what was there. {@code seenVersion} is the version the user's form
     * showed (null for the first save, or to skip the check); a different stored version is refused.
     */
    @Transactional
    public void save(long partnershipId, Integer seenVersion, SustainabilityDetails details, CurrentUser user) {
        scope.requireEdit(partnershipId, user, Editors.EVIDENCE);
        var checked = details.check();
        var now = support.clock().instant();
        var existing = records.findByPartnershipId(partnershipId);
        existing.ifPresent(e -> ConcurrentChangeException.check("sustainability evidence", seenVersion, e.version()));
        var saved = existing.map(e -> e.describe(checked, user.personId(), now))
                .orElseGet(() -> Sustainability.first(partnershipId, checked, user.personId(), now));
        records.save(saved);
        var before = existing.orElse(null);
        var changes = Changes.create()
                .field("outcome.audit.pilotBudget", before == null ? null : money(before), money(saved))
                .field(
                        "outcome.audit.participants",
                        before == null ? null : before.participants(),
                        saved.participants())
                .field("outcome.audit.viability", before == null ? null : before.viability(), saved.viability())
                .field("outcome.audit.funderNeeds", before == null ? null : before.funderNeeds(), saved.funderNeeds())
                .field("outcome.audit.metrics", before == null ? null : metrics(before), metrics(saved));
        support.audit()
                .record(
                        SUBJECT,
                        partnershipId,
                        partnershipId,
                        before == null ? "outcome.audit.sustainabilityRecorded" : "outcome.audit.sustainabilityChanged",
                        changes);
    }

    private static String money(Sustainability s) {
        return s.pilotBudget() == null ? null : s.pilotBudget().toPlainString();
    }

    private static String metrics(Sustainability s) {
        return s.metrics().isEmpty()
                ? null
                : String.join(
                        "; ",
                        s.metrics().stream()
                                .map(m -> m.name() + ": " + IndicatorChanges.plain(m.amount()) + " " + m.unit())
                                .toList());
    }
}
