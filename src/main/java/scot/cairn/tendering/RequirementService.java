package scot.cairn.tendering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.RecordLinks;
import scot.cairn.partnership.Records;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.Limit;
import scot.cairn.platform.NotFoundException;

/**
 * The requirements of the service specification and their traceability: written by the Procurement Representative
 * or a manager ({@link Editors#PROCUREMENT}), read by every member. Evidence is any record of the partnership that
 * {@link RecordLinks} offers (indicators, themes of what people said, decisions, tasks, risks, SROI analyses...),
 * checked to be the partnership's own.
 */
@Service
public class RequirementService {

    static final String SUBJECT = "tendering-requirement";
    static final Limit REQUIREMENTS = new Limit(200, "tendering.limit.requirements");

    private final RequirementRepository requirements;
    private final PartnershipScope scope;
    private final RecordLinks links;
    private final TenderingSupport support;

    RequirementService(
            RequirementRepository requirements, PartnershipScope scope, RecordLinks links, TenderingSupport support) {
        this.requirements = requirements;
        this.scope = scope;
        this.links = links;
        this.support = support;
    }

    /** Every requirement with its evidence, the evidence with its requirements, and the evidence nothing uses. */
    @Transactional(readOnly = true)
    public TraceabilityView traceability(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var choices = links.choices(access);
        var known = new HashMap<String, Records.Ref>();
        choices.forEach(k -> k.records().forEach(r -> known.put(r.value(), r)));
        var byNumber = RequirementList.of(support.jdbc(), id).stream()
                .map(r -> view(access, r, known))
                .toList();
        var views = byNumber.stream()
                .sorted(Comparator.comparing(TraceabilityView.RequirementView::section))
                .toList();
        var used = new LinkedHashMap<String, List<String>>();
        var refs = new HashMap<String, Records.Ref>();
        for (var r : byNumber) {
            for (var e : r.evidence()) {
                used.computeIfAbsent(e.value(), v -> new ArrayList<>()).add(r.reference());
                refs.put(e.value(), e);
            }
        }
        var unused = choices.stream()
                .map(k -> new TraceabilityView.Kind(
                        k.labelKey(),
                        k.records().stream()
                                .filter(r -> !used.containsKey(r.value()))
                                .toList()))
                .filter(k -> !k.records().isEmpty())
                .toList();
        return new TraceabilityView(
                views,
                (int) views.stream()
                        .filter(TraceabilityView.RequirementView::unevidenced)
                        .count(),
                used.entrySet().stream()
                        .map(e -> new TraceabilityView.Use(refs.get(e.getKey()), e.getValue()))
                        .toList(),
                unused,
                choices.stream()
                        .map(k -> new TraceabilityView.Kind(k.labelKey(), k.records()))
                        .toList(),
                access.mayEdit(Editors.PROCUREMENT));
    }

    /** Writes a requirement, numbered SR-1, SR-2...; refused past {@link #REQUIREMENTS}. */
    @Transactional
    public TraceabilityView.RequirementView add(long id, RequirementDetails d, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PROCUREMENT);
        Requirement.check(d);
        var evidence = evidence(access, d);
        REQUIREMENTS.check("", (int) requirements.countByPartnershipId(id) + 1);
        var saved = requirements.save(
                Requirement.write(id, support.sequences().next("tendering-requirement", id), d, evidence));
        record(saved, "tendering.audit.requirementAdded", Changes.create().note(saved.text()));
        return view(access, saved, new HashMap<>());
    }

    /** Changes a requirement's section, words or evidence, as read at {@code seenVersion}. */
    @Transactional
    public TraceabilityView.RequirementView change(
            long id, long requirementId, Integer seenVersion, RequirementDetails d, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PROCUREMENT);
        var r = find(id, requirementId);
        ConcurrentChangeException.check("requirement", seenVersion, r.version());
        Requirement.check(d);
        var before = r.text();
        var beforeSection = r.section();
        var beforeEvidence = values(r.evidence());
        r.change(d, evidence(access, d));
        var saved = requirements.save(r);
        record(
                saved,
                "tendering.audit.requirementChanged",
                Changes.create()
                        .field(
                                "tendering.requirement.section",
                                beforeSection.labelKey(),
                                saved.section().labelKey())
                        .field("tendering.requirement.text", before, saved.text())
                        .field("tendering.requirement.evidence", beforeEvidence, values(saved.evidence())));
        return view(access, saved, new HashMap<>());
    }

    /** Removes a requirement, as read at {@code seenVersion}. */
    @Transactional
    public void remove(long id, long requirementId, Integer seenVersion, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PROCUREMENT);
        var r = find(id, requirementId);
        ConcurrentChangeException.check("requirement", seenVersion, r.version());
        requirements.delete(r);
        record(r, "tendering.audit.requirementRemoved", Changes.create().note(r.text()));
    }

    private Set<Evidence> evidence(Access access, RequirementDetails d) {
        var found = new HashSet<Evidence>();
        for (var value : d.evidence()) {
            var ref = links.resolve(access, value, "evidence", "tendering.requirement.evidenceUnknown");
            found.add(new Evidence(ref.kind(), ref.id()));
        }
        return found;
    }

    private Requirement find(long id, long requirementId) {
        return requirements
                .findByIdAndPartnershipId(requirementId, id)
                .orElseThrow(() -> new NotFoundException("Requirement"));
    }

    /** The requirement with its evidence as links show it; evidence since deleted is left out. */
    private TraceabilityView.RequirementView view(
            Access access, Requirement r, java.util.Map<String, Records.Ref> known) {
        var evidence = r.evidence().stream()
                .sorted(Comparator.comparing(Evidence::kind).thenComparing(Evidence::recordId))
                .map(e -> known.computeIfAbsent(
                        e.value(),
                        v -> links.find(access, e.kind(), e.recordId()).orElse(null)))
                .filter(java.util.Objects::nonNull)
                .toList();
        return new TraceabilityView.RequirementView(
                r.id(),
                r.version(),
                "SR-" + r.number(),
                r.section(),
                r.text(),
                evidence,
                evidence.stream().map(Records.Ref::value).toList(),
                evidence.isEmpty());
    }

    private static String values(Set<Evidence> evidence) {
        return evidence.stream()
                .map(Evidence::value)
                .sorted()
                .reduce((a, b) -> a + ", " + b)
                .orElse(null);
    }

    private void record(Requirement r, String action, Changes changes) {
        support.audit().record(SUBJECT, r.id(), r.partnershipId(), action, changes.note("SR-" + r.number()));
    }
}
