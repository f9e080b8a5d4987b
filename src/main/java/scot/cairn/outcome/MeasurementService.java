package scot.cairn.outcome;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.PersonService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.JointApproval;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;

/**
 * Measurements of a partnership's indicators: reading them, entering a period's values on a grid, and recording single
 * values. There is at most one value per indicator, period and breakdown. Every change is in the audit trail.
 */
@Service
public class MeasurementService {

    static final String SUBJECT = "outcome-measurement";

    private final PartnershipScope scope;
    private final FrameworkStore store;
    private final MeasurementRepository measurements;
    private final Support support;

    MeasurementService(
            PartnershipScope scope, FrameworkStore store, MeasurementRepository measurements, Support support) {
        this.scope = scope;
        this.store = store;
        this.measurements = measurements;
        this.support = support;
    }

    /** Clock, audit trail, the people directory (for names of who entered what), sign-offs and bulk reads and inserts. */
    @Component
    record Support(
            Clock clock,
            AuditTrail audit,
            PersonService people,
            PeriodSignoffRepository signoffs,
            MeasurementTable table) {

        boolean approved(long partnershipId, Period period) {
            return signoffs.findByPartnershipIdAndPeriod(partnershipId, period.toString())
                    .filter(PeriodSignoff::approved)
                    .isPresent();
        }

        /** The person's name; null for nobody, or for someone removed from the directory (pages say so in words). */
        String name(Long personId) {
            if (personId == null) {
                return null;
            }
            var found = people.getAll(List.of(personId));
            return found.containsKey(personId) ? found.get(personId).fullName() : null;
        }

        SignoffView view(PeriodSignoff s) {
            return new SignoffView(
                    s.period(),
                    s.version(),
                    name(s.submittedBy()),
                    s.submittedAt(),
                    s.approvals().stream()
                            .map(a -> new SignoffView.Approval(
                                    a.personId(), name(a.personId()), a.sector(), a.approvedAt()))
                            .toList(),
                    s.approvedAt(),
                    s.approved() ? null : stillNeeded(s.rule()),
                    s.reopenedAt());
        }

        /** What a period's sign-off still needs under the joint approval rule. */
        static Message stillNeeded(JointApproval rule) {
            if (!rule.publicSector() && !rule.thirdSector()) {
                return Message.of("outcome.signoff.needsBoth");
            }
            return Message.of(rule.publicSector() ? "outcome.signoff.needsThird" : "outcome.signoff.needsPublic");
        }

        /**
         * Values of a period changed. Before it is submitted it now waits for submission; once submitted, the
         * approvals given so far were for other figures, so they are withdrawn and the board approves again
         * (dependent SROI analyses then show "Out of date").
         */
        void valuesChanged(long partnershipId, Period period) {
            table.periodHasValues(partnershipId, period.toString());
            signoffs.findByPartnershipIdAndPeriod(partnershipId, period.toString())
                    .filter(s -> s.reopen(clock.instant()))
                    .ifPresent(s -> {
                        signoffs.save(s);
                        audit.record(
                                SUBJECT,
                                partnershipId,
                                partnershipId,
                                "outcome.audit.approvalsWithdrawn",
                                Changes.create()
                                        .field("outcome.audit.period", null, period)
                                        .note("outcome.audit.approvalsWithdrawnWhy"));
                    });
        }

        java.time.LocalDate today() {
            return java.time.LocalDate.now(clock);
        }
    }

    @Transactional(readOnly = true)
    public MeasurementGrid grid(long partnershipId, Period period, CurrentUser user) {
        var a = scope.requireRead(partnershipId, user);
        var p = a.partnership();
        var inPeriod = measurements.findByPartnershipIdAndPeriod(partnershipId, period.toString());
        var stored = inPeriod.stream()
                .filter(m -> m.breakdown().isEmpty())
                .collect(Collectors.toMap(Measurement::indicatorId, Measurement::amount));
        var all = store.tree(partnershipId).stream()
                .flatMap(s -> s.outcomes().stream())
                .flatMap(o -> o.indicators().stream())
                .toList();
        var cells = all.stream()
                .filter(i -> i.frequency() == period.frequency())
                .map(i -> new MeasurementGrid.Cell(
                        i.id(),
                        i.outcomeName(),
                        i.name(),
                        i.unit(),
                        i.target(),
                        stored.get(i.id()),
                        inPeriod.stream()
                                .filter(m -> m.indicatorId() == i.id()
                                        && !m.breakdown().isEmpty())
                                .sorted(Comparator.comparing(Measurement::breakdown, String.CASE_INSENSITIVE_ORDER))
                                .map(m -> new MeasurementGrid.Breakdown(m.breakdown(), m.amount()))
                                .toList()))
                .toList();
        var signoff = support.signoffs().findByPartnershipIdAndPeriod(partnershipId, period.toString());
        long me = user.personId();
        return new MeasurementGrid(
                p.id(),
                p.title(),
                a.mayEdit(Editors.EVIDENCE),
                a.mayApprove(),
                period,
                period.end().isBefore(support.today()),
                cells,
                all.size() - cells.size(),
                signoff.map(support::view).orElse(null),
                signoff.map(s -> s.approvals().stream().anyMatch(x -> x.personId() == me))
                        .orElse(false));
    }

    /**
     * Saves the filled cells of a period's grid (indicator id to value as typed) in one go: new values are added,
     * changed ones replace the old. Nothing is saved if any cell is not a number; the errors are keyed
     * {@code value-<indicator id>}. Blank cells change nothing.
     *
     * @return how many values were added or changed
     */
    @Transactional
    public int saveGrid(long partnershipId, Period period, Map<Long, String> cells, CurrentUser user) {
        scope.requireEdit(partnershipId, user, Editors.EVIDENCE);
        if (!period.end().isBefore(support.today())) {
            throw InvalidInputException.of("", RowChecker.notEnded(period));
        }
        var indicators = store.indicatorsOf(partnershipId);
        var errors = new LinkedHashMap<String, Message>();
        var values = new LinkedHashMap<Indicator, java.math.BigDecimal>();
        indicators.values().stream()
                .filter(i -> i.frequency() == period.frequency())
                .filter(i -> cells.get(i.id()) != null && !cells.get(i.id()).isBlank())
                .forEach(i -> {
                    var problem = RowChecker.valueProblem(cells.get(i.id()), i);
                    if (problem == null) {
                        values.put(i, RowChecker.number(cells.get(i.id())).orElseThrow());
                    } else {
                        errors.put("value-" + i.id(), Message.of("platform.labelled", i.name(), problem));
                    }
                });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean approved = support.approved(partnershipId, period);
        var changes = Changes.create().field("outcome.audit.period", null, period);
        int changed = 0;
        for (var e : values.entrySet()) {
            changed += put(partnershipId, e.getKey(), period, e.getValue(), user, approved, changes) ? 1 : 0;
        }
        if (changed > 0) {
            String action = approved ? "outcome.audit.measurementsCorrected" : "outcome.audit.measurementsEntered";
            support.audit().record(SUBJECT, partnershipId, partnershipId, action, changes);
            support.valuesChanged(partnershipId, period);
        }
        return changed;
    }

    /** Every value recorded for the period, or for all periods when it is null; by period, indicator, breakdown. */
    @Transactional(readOnly = true)
    public List<MeasurementView> list(long partnershipId, Period period, CurrentUser user) {
        scope.requireRead(partnershipId, user);
        var found = period == null
                ? measurements.findByPartnershipId(partnershipId)
                : measurements.findByPartnershipIdAndPeriod(partnershipId, period.toString());
        return views(partnershipId, found);
    }

    /** Records one new value, checked as an imported row would be; a value already recorded is refused. */
    @Transactional
    public MeasurementView record(long partnershipId, MeasurementRow row, CurrentUser user) {
        var p = scope.requireEdit(partnershipId, user, Editors.EVIDENCE).partnership();
        var checked = checker(partnershipId, PilotWindow.of(p)).check(1, row);
        if (!checked.ok()) {
            throw new InvalidInputException(checked.errors());
        }
        var saved = saveAll(partnershipId, List.of(checked), "outcome.audit.measurementRecorded", user);
        return views(partnershipId, saved).get(0);
    }

    RowChecker checker(long partnershipId, PilotWindow window) {
        var recorded = support.table().recordedKeys(partnershipId);
        return new RowChecker(store.indicatorsOf(partnershipId).values(), window, recorded, support.today());
    }

    /**
     * Inserts many rows that have passed the checker in batches, with one audit entry for them all: the action's key,
     * {@code about} (such as the file they came from), then a line per row.
     */
    void insertAll(long partnershipId, List<CheckedRow> rows, String action, Changes about, CurrentUser user) {
        var now = support.clock().instant();
        support.table().insert(partnershipId, rows, user.personId(), now);
        support.audit().record(SUBJECT, partnershipId, partnershipId, action, notes(partnershipId, rows, about));
        rows.stream().map(CheckedRow::period).distinct().forEach(p -> support.valuesChanged(partnershipId, p));
    }

    /** Saves rows that have passed the checker, with one audit entry for them all. */
    List<Measurement> saveAll(long partnershipId, List<CheckedRow> rows, String action, CurrentUser user) {
        var now = support.clock().instant();
        var saved = new ArrayList<Measurement>();
        for (var r : rows) {
            saved.add(measurements.save(Measurement.first(
                    partnershipId,
                    r.indicatorId(),
                    r.period(),
                    r.breakdown(),
                    r.value(),
                    Texts.optional(r.row().source()),
                    Texts.optional(r.row().notes()),
                    user.personId(),
                    now)));
        }
        support.audit()
                .record(SUBJECT, partnershipId, partnershipId, action, notes(partnershipId, rows, Changes.create()));
        rows.stream().map(CheckedRow::period).distinct().forEach(p -> support.valuesChanged(partnershipId, p));
        return saved;
    }

    /** One audit line per row after what {@code changes} holds already: indicator, period, breakdown and value. */
    private Changes notes(long partnershipId, List<CheckedRow> rows, Changes changes) {
        var names = store.indicatorsOf(partnershipId);
        for (var r : rows) {
            changes.note(names.get(r.indicatorId()).name() + ", " + r.period()
                    + (r.breakdown().isEmpty() ? "" : " (" + r.breakdown() + ")") + ": "
                    + IndicatorChanges.plain(r.value()));
        }
        return changes;
    }

    private boolean put(
            long partnershipId,
            Indicator i,
            Period period,
            java.math.BigDecimal value,
            CurrentUser user,
            boolean approved,
            Changes changes) {
        var existing = measurements.findByIndicatorIdAndPeriodAndBreakdown(i.id(), period.toString(), "");
        var now = support.clock().instant();
        if (existing.isPresent() && existing.get().amount().compareTo(value) == 0) {
            return false;
        }
        var m = existing.map(e -> e.corrected(value, user.personId(), now, approved))
                .orElseGet(() ->
                        Measurement.first(partnershipId, i.id(), period, "", value, null, null, user.personId(), now));
        measurements.save(m);
        changes.field(
                i.name(),
                existing.map(e -> IndicatorChanges.plain(e.amount())).orElse(null),
                IndicatorChanges.plain(value));
        return true;
    }

    private List<MeasurementView> views(long partnershipId, List<Measurement> found) {
        var indicators = store.indicatorsOf(partnershipId);
        var people = support.people()
                .getAll(found.stream().map(Measurement::enteredBy).distinct().toList());
        return found.stream()
                .map(m -> new MeasurementView(
                        m.id(),
                        m.version(),
                        m.indicatorId(),
                        indicators.get(m.indicatorId()).name(),
                        m.period(),
                        m.breakdown(),
                        m.amount(),
                        m.source(),
                        m.notes(),
                        people.containsKey(m.enteredBy())
                                ? people.get(m.enteredBy()).fullName()
                                : null,
                        m.enteredAt(),
                        m.revision()))
                .sorted(Comparator.comparing(
                                (MeasurementView v) -> Period.parse(v.period()).orElseThrow())
                        .thenComparing(MeasurementView::indicatorName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(MeasurementView::breakdown))
                .toList();
    }
}
