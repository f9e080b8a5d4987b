package scot.cairn.outcome;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.outcome.IndicatorResults.RevisionView;
import scot.cairn.outcome.IndicatorResults.Row;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.NotFoundException;

/**
 * How indicators stand against their targets: each indicator's values period by period with their RAG status, the
 * chart of them, the corrections made after approval, and the overall status of every indicator of a partnership.
 * Only values for the whole population count (breakdowns are parts of it). Read only.
 */
@Service
@Transactional(readOnly = true)
public class ResultsService {

    private final PartnershipScope scope;
    private final FrameworkStore store;
    private final MeasurementRepository measurements;
    private final MeasurementService.Support support;

    ResultsService(
            PartnershipScope scope,
            FrameworkStore store,
            MeasurementRepository measurements,
            MeasurementService.Support support) {
        this.scope = scope;
        this.store = store;
        this.measurements = measurements;
        this.support = support;
    }

    /** One indicator's results; 404 when the indicator is not the partnership's. */
    public IndicatorResults results(long partnershipId, long indicatorId, CurrentUser user) {
        var a = scope.requireRead(partnershipId, user);
        var p = a.partnership();
        var indicator = store.indicator(partnershipId, indicatorId);
        var approved = approvedPeriods(partnershipId);
        var rows = rows(indicator, support.table().wholeValuesOf(indicatorId), approved);
        var chart = IndicatorChart.of(rows.stream()
                .map(r -> new IndicatorChart.Value(r.period(), r.actual(), r.target()))
                .toList());
        var outcomeName = store.outcome(partnershipId, indicator.outcomeId()).name();
        return new IndicatorResults(
                p.id(),
                p.title(),
                a.mayEdit(Editors.EVIDENCE),
                FrameworkStore.view(indicator, outcomeName),
                rows,
                overall(indicator, rows),
                chart,
                revisions(measurements.findAllById(support.table().revisedOf(indicatorId))),
                support.table().partsOf(indicatorId).stream()
                        .map(v -> new IndicatorResults.PartValue(
                                Period.parse(v.period()).orElseThrow(),
                                v.breakdown(),
                                v.amount(),
                                approved.contains(v.period())))
                        .sorted(Comparator.comparing(IndicatorResults.PartValue::period)
                                .thenComparing(IndicatorResults.PartValue::breakdown, String.CASE_INSENSITIVE_ORDER))
                        .toList());
    }

    /** The corrections of one measurement after approval, oldest first; 404 when it is not the partnership's. */
    public List<RevisionView> revisions(long partnershipId, long measurementId, CurrentUser user) {
        scope.requireRead(partnershipId, user);
        var m = measurements
                .findById(measurementId)
                .filter(x -> x.partnershipId() == partnershipId)
                .orElseThrow(() -> new NotFoundException("Measurement"));
        return revisions(List.of(m));
    }

    /** The overall status of each of the partnership's indicators, by indicator id. */
    public Map<Long, Rag> statuses(long partnershipId, CurrentUser user) {
        scope.requireRead(partnershipId, user);
        return statuses(partnershipId, false);
    }

    /**
     * Overall status by indicator id, from every value or, when {@code approvedOnly}, only from values of approved
     * periods. No access check: callers have made it.
     */
    Map<Long, Rag> statuses(long partnershipId, boolean approvedOnly) {
        var approved = approvedPeriods(partnershipId);
        var byIndicator = support.table().wholeValues(partnershipId).stream()
                .filter(v -> !approvedOnly || approved.contains(v.period()))
                .collect(Collectors.groupingBy(MeasurementTable.Value::indicatorId));
        var result = new HashMap<Long, Rag>();
        for (var i : store.indicatorsOf(partnershipId).values()) {
            var points = byIndicator.getOrDefault(i.id(), List.of()).stream()
                    .map(v -> new RagRule.Point(Period.parse(v.period()).orElseThrow(), v.amount()))
                    .toList();
            result.put(i.id(), RagRule.overall(points, i.target(), i.direction()));
        }
        return result;
    }

    /** Each outcome of the framework with its indicators' status on approved values only. No access check. */
    List<SustainabilityView.OutcomeResult> approvedOutcomes(long partnershipId) {
        var rags = statuses(partnershipId, true);
        return store.tree(partnershipId).stream()
                .flatMap(s -> s.outcomes().stream().map(o -> {
                    var indicators = o.indicators().stream()
                            .map(i -> new SustainabilityView.IndicatorStatus(i.id(), i.name(), rags.get(i.id())))
                            .toList();
                    boolean achieved = RagRule.achieved(indicators.stream()
                            .map(SustainabilityView.IndicatorStatus::rag)
                            .toList());
                    return new SustainabilityView.OutcomeResult(s.name(), o.name(), achieved, indicators);
                }))
                .toList();
    }

    /**
     * The latest approved whole-population value of each indicator that counts people, by indicator name. No access
     * check: callers have made it.
     */
    List<CostFigures.PeopleCount> peopleReached(long partnershipId) {
        var approved = approvedPeriods(partnershipId);
        var byIndicator = support.table().wholeValues(partnershipId).stream()
                .filter(v -> approved.contains(v.period()))
                .collect(Collectors.groupingBy(MeasurementTable.Value::indicatorId));
        return store.indicatorsOf(partnershipId).values().stream()
                .filter(i -> i.measure() == Measure.PEOPLE)
                .flatMap(i -> byIndicator.getOrDefault(i.id(), List.of()).stream()
                        .max(Comparator.comparing((MeasurementTable.Value v) ->
                                Period.parse(v.period()).orElseThrow()))
                        .map(v -> new CostFigures.PeopleCount(i.name(), v.amount(), v.period()))
                        .stream())
                .toList();
    }

    private Set<String> approvedPeriods(long partnershipId) {
        return support.signoffs().findByPartnershipId(partnershipId).stream()
                .filter(PeriodSignoff::approved)
                .map(PeriodSignoff::period)
                .collect(Collectors.toSet());
    }

    /** Every period from the first value to the last, gaps included, so the chart's x axis is even. */
    private static List<Row> rows(Indicator indicator, List<MeasurementTable.Value> values, Set<String> approved) {
        Map<Period, BigDecimal> byPeriod = new HashMap<>();
        values.forEach(v -> Period.parse(v.period()).ifPresent(p -> byPeriod.put(p, v.amount())));
        var rows = new ArrayList<Row>();
        if (byPeriod.isEmpty()) {
            return rows;
        }
        var first = byPeriod.keySet().stream().min(Comparator.naturalOrder()).orElseThrow();
        var last = byPeriod.keySet().stream().max(Comparator.naturalOrder()).orElseThrow();
        for (var p = first; p.compareTo(last) <= 0; p = p.next()) {
            var actual = byPeriod.get(p);
            var target = indicator.target();
            rows.add(new Row(
                    p,
                    target,
                    actual,
                    actual == null || target == null ? null : actual.subtract(target),
                    RagRule.of(actual, target, indicator.direction()),
                    approved.contains(p.toString())));
        }
        return rows;
    }

    private static Rag overall(Indicator indicator, List<Row> rows) {
        return RagRule.overall(
                rows.stream()
                        .map(r -> new RagRule.Point(r.period(), r.actual()))
                        .toList(),
                indicator.target(),
                indicator.direction());
    }

    /** Each kept revision, with the value that replaced it and who entered that value, when. */
    private List<RevisionView> revisions(List<Measurement> found) {
        var result = new ArrayList<RevisionView>();
        for (var m : found) {
            var kept = m.history().stream()
                    .sorted(Comparator.comparingInt(MeasurementRevision::revision))
                    .toList();
            for (int i = 0; i < kept.size(); i++) {
                var old = kept.get(i);
                boolean latest = i + 1 == kept.size();
                var next = latest ? null : kept.get(i + 1);
                result.add(new RevisionView(
                        m.id(),
                        m.period(),
                        m.breakdown(),
                        old.revision() + 1,
                        old.amount(),
                        latest ? m.amount() : next.amount(),
                        support.name(latest ? m.enteredBy() : next.enteredBy()),
                        latest ? m.enteredAt() : next.enteredAt()));
            }
        }
        result.sort(Comparator.comparing(
                        (RevisionView r) -> Period.parse(r.period()).orElseThrow())
                .thenComparing(RevisionView::breakdown)
                .thenComparingInt(RevisionView::revision));
        return result;
    }
}
