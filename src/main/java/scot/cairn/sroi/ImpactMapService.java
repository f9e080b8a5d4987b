package scot.cairn.sroi;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.Changes;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * The inputs and impact map of a draft analysis. Inputs and rows are addressed by their number (1 for the first) and
 * every change carries the analysis version the person saw. A change with any bad field saves nothing; messages name
 * the row ({@code rows[2].deadweight}: "Row 3: deadweight must be between 0 and 100%"). After each change the
 * analysis is recalculated.
 */
@Service
public class ImpactMapService {

    private final SroiService analyses;
    private final SroiAnalyses access;
    private final SroiFigures figures;

    ImpactMapService(SroiService analyses, SroiAnalyses access, SroiFigures figures) {
        this.analyses = analyses;
        this.access = access;
        this.figures = figures;
    }

    @Transactional
    public SroiAnalysisView addInput(
            long partnershipId, long analysisId, Integer version, InputDetails details, CurrentUser user) {
        var who = access.edit(partnershipId, user);
        var a = analyses.editable(partnershipId, analysisId, version);
        var inputs = new ArrayList<>(a.inputs());
        SroiRules.INPUTS.check("", inputs.size() + 1);
        SroiRules.checkInput(inputs.size(), details);
        var input = input(details);
        inputs.add(input);
        a.replaceInputs(inputs);
        return analyses.saved(a, who, "sroi.audit.inputAdded", describe(Changes.create(), null, input));
    }

    @Transactional
    public SroiAnalysisView changeInput(
            long partnershipId, long analysisId, int number, Integer version, InputDetails details, CurrentUser user) {
        var who = access.edit(partnershipId, user);
        var a = analyses.editable(partnershipId, analysisId, version);
        var inputs = new ArrayList<>(a.inputs());
        int index = index(number, inputs.size(), "Input");
        SroiRules.checkInput(index, details);
        var before = inputs.get(index);
        inputs.set(index, input(details));
        a.replaceInputs(inputs);
        return analyses.saved(
                a,
                who,
                "sroi.audit.inputChanged",
                describe(Changes.create().field("sroi.audit.input", null, number), before, inputs.get(index)));
    }

    @Transactional
    public SroiAnalysisView removeInput(
            long partnershipId, long analysisId, int number, Integer version, CurrentUser user) {
        var who = access.edit(partnershipId, user);
        var a = analyses.editable(partnershipId, analysisId, version);
        var inputs = new ArrayList<>(a.inputs());
        var removed = inputs.remove(index(number, inputs.size(), "Input"));
        a.replaceInputs(inputs);
        return analyses.saved(a, who, "sroi.audit.inputRemoved", describe(Changes.create(), removed, null));
    }

    @Transactional
    public SroiAnalysisView addRow(
            long partnershipId, long analysisId, Integer version, RowDetails details, CurrentUser user) {
        var who = access.edit(partnershipId, user);
        var a = analyses.editable(partnershipId, analysisId, version);
        var rows = new ArrayList<>(a.rows());
        SroiRules.ROWS.check("", rows.size() + 1);
        var row = row(partnershipId, rows.size(), details);
        rows.add(row);
        a.replaceRows(rows);
        return analyses.saved(a, who, "sroi.audit.rowAdded", changes(rows.size(), null, row));
    }

    @Transactional
    public SroiAnalysisView changeRow(
            long partnershipId, long analysisId, int number, Integer version, RowDetails details, CurrentUser user) {
        var who = access.edit(partnershipId, user);
        var a = analyses.editable(partnershipId, analysisId, version);
        var rows = new ArrayList<>(a.rows());
        int index = index(number, rows.size(), "Row");
        var before = rows.get(index);
        rows.set(index, row(partnershipId, index, details));
        a.replaceRows(rows);
        return analyses.saved(a, who, "sroi.audit.rowChanged", changes(number, before, rows.get(index)));
    }

    @Transactional
    public SroiAnalysisView removeRow(
            long partnershipId, long analysisId, int number, Integer version, CurrentUser user) {
        var who = access.edit(partnershipId, user);
        var a = analyses.editable(partnershipId, analysisId, version);
        var rows = new ArrayList<>(a.rows());
        var removed = rows.remove(index(number, rows.size(), "Row"));
        a.replaceRows(rows);
        return analyses.saved(a, who, "sroi.audit.rowRemoved", changes(number, removed, null));
    }

    /**
     * Checks a row without saving it, as row {@code number} (null for a new row at the end), so a form that could not
     * read some fields can still show every other problem.
     *
     * @throws InvalidInputException with every problem of the row
     */
    @Transactional(readOnly = true)
    public void checkRow(long partnershipId, long analysisId, Integer number, RowDetails details, CurrentUser user) {
        access.read(partnershipId, user);
        var a = access.find(partnershipId, analysisId);
        int index = number == null ? a.rows().size() : number - 1;
        SroiRules.checkRows(List.of(details), index, figures.indicatorIds(partnershipId));
    }

    /**
     * Replaces the whole impact map; when any row is wrong nothing changes and every problem is reported. A map of more
     * than {@link SroiRules#ROWS} rows is refused before any row is checked.
     */
    @Transactional
    public SroiAnalysisView replaceRows(
            long partnershipId, long analysisId, Integer version, List<RowDetails> details, CurrentUser user) {
        var who = access.edit(partnershipId, user);
        SroiRules.ROWS.check("rows", details.size());
        var a = analyses.editable(partnershipId, analysisId, version);
        var ids = figures.indicatorIds(partnershipId);
        SroiRules.checkRows(details, 0, ids);
        var names = names(partnershipId);
        var rows = details.stream()
                .map(d -> SroiImpactRow.of(d, names.get(d.indicatorId())))
                .toList();
        a.replaceRows(rows);
        return analyses.saved(
                a, who, "sroi.audit.mapReplaced", Changes.create().field("sroi.audit.rows", null, rows.size()));
    }

    private SroiImpactRow row(long partnershipId, int index, RowDetails details) {
        SroiRules.checkRows(List.of(details), index, figures.indicatorIds(partnershipId));
        return SroiImpactRow.of(details, names(partnershipId).get(details.indicatorId()));
    }

    private java.util.Map<Long, String> names(long partnershipId) {
        var names = new java.util.HashMap<Long, String>();
        figures.indicators(partnershipId).forEach(i -> names.put(i.id(), i.name()));
        return names;
    }

    private static SroiInput input(InputDetails d) {
        return new SroiInput(
                d.stakeholder().strip(),
                d.description() == null || d.description().isBlank()
                        ? null
                        : d.description().strip(),
                d.cash(),
                d.inKind());
    }

    private static int index(int number, int size, String what) {
        if (number < 1 || number > size) {
            throw new NotFoundException(what + " " + number);
        }
        return number - 1;
    }

    /** An input's stakeholder and amounts, before and after (either null when it was added or removed). */
    private static Changes describe(Changes changes, SroiInput before, SroiInput after) {
        return changes.field(
                        "sroi.audit.stakeholder",
                        value(before, SroiInput::stakeholder),
                        value(after, SroiInput::stakeholder))
                .field("sroi.audit.cash", money(before, SroiInput::cash), money(after, SroiInput::cash))
                .field("sroi.audit.inKind", money(before, SroiInput::inKind), money(after, SroiInput::inKind));
    }

    /**
     * The row's number, then each field that differs, labelled by key; {@code before} is null for a new row and
     * {@code after} for a removed one.
     */
    private static Changes changes(int number, SroiImpactRow before, SroiImpactRow after) {
        return Changes.create()
                .field("sroi.audit.row", null, number)
                .field(
                        "sroi.audit.stakeholder",
                        value(before, SroiImpactRow::stakeholder),
                        value(after, SroiImpactRow::stakeholder))
                .field(
                        "sroi.audit.outcome",
                        value(before, SroiImpactRow::outcome),
                        value(after, SroiImpactRow::outcome))
                .field(
                        "sroi.audit.indicator",
                        value(before, SroiImpactRow::indicator),
                        value(after, SroiImpactRow::indicator))
                .field(
                        "sroi.audit.quantitySource",
                        value(before, r -> r.quantitySource().labelKey()),
                        value(after, r -> r.quantitySource().labelKey()))
                .field(
                        "sroi.audit.quantity",
                        plain(before, SroiImpactRow::quantity),
                        plain(after, SroiImpactRow::quantity))
                .field(
                        "sroi.audit.duration",
                        value(before, SroiImpactRow::durationYears),
                        value(after, SroiImpactRow::durationYears))
                .field(
                        "sroi.audit.proxyValue",
                        plain(before, SroiImpactRow::proxyValue),
                        plain(after, SroiImpactRow::proxyValue))
                .field(
                        "sroi.audit.proxySource",
                        value(before, SroiImpactRow::proxySource),
                        value(after, SroiImpactRow::proxySource))
                .field(
                        "sroi.audit.deadweight",
                        plain(before, SroiImpactRow::deadweight),
                        plain(after, SroiImpactRow::deadweight))
                .field(
                        "sroi.audit.displacement",
                        plain(before, SroiImpactRow::displacement),
                        plain(after, SroiImpactRow::displacement))
                .field(
                        "sroi.audit.attribution",
                        plain(before, SroiImpactRow::attribution),
                        plain(after, SroiImpactRow::attribution))
                .field(
                        "sroi.audit.dropOff",
                        plain(before, SroiImpactRow::dropOff),
                        plain(after, SroiImpactRow::dropOff));
    }

    private static <T> Object value(T record, java.util.function.Function<T, ?> field) {
        return record == null ? null : field.apply(record);
    }

    private static <T> String plain(T record, java.util.function.Function<T, java.math.BigDecimal> field) {
        return record == null ? null : SroiService.plain(field.apply(record));
    }

    private static <T> String money(T record, java.util.function.Function<T, java.math.BigDecimal> field) {
        return record == null ? null : SroiDisplay.money(field.apply(record));
    }
}
