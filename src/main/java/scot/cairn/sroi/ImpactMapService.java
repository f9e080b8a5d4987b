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
        return analyses.saved(a, who, "SROI input added", Changes.create().note(describe(input)));
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
                "SROI input changed",
                Changes.create().field("Input " + number, describe(before), describe(inputs.get(index))));
    }

    @Transactional
    public SroiAnalysisView removeInput(
            long partnershipId, long analysisId, int number, Integer version, CurrentUser user) {
        var who = access.edit(partnershipId, user);
        var a = analyses.editable(partnershipId, analysisId, version);
        var inputs = new ArrayList<>(a.inputs());
        var removed = inputs.remove(index(number, inputs.size(), "Input"));
        a.replaceInputs(inputs);
        return analyses.saved(a, who, "SROI input removed", Changes.create().note(describe(removed)));
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
        return analyses.saved(a, who, "Impact-map row added", Changes.create().note(describe(rows.size(), row)));
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
        return analyses.saved(a, who, "Impact-map row changed", changes(number, before, rows.get(index)));
    }

    @Transactional
    public SroiAnalysisView removeRow(
            long partnershipId, long analysisId, int number, Integer version, CurrentUser user) {
        var who = access.edit(partnershipId, user);
        var a = analyses.editable(partnershipId, analysisId, version);
        var rows = new ArrayList<>(a.rows());
        var removed = rows.remove(index(number, rows.size(), "Row"));
        a.replaceRows(rows);
        return analyses.saved(a, who, "Impact-map row removed", Changes.create().note(describe(number, removed)));
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
        return analyses.saved(a, who, "Impact map replaced", Changes.create().note(rows.size() + " rows"));
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

    private static String describe(SroiInput i) {
        return i.stakeholder() + ": cash " + SroiDisplay.money(i.cash()) + ", in kind " + SroiDisplay.money(i.inKind());
    }

    private static String describe(int number, SroiImpactRow r) {
        return "Row " + number + ": " + r.stakeholder() + ", " + r.outcome() + ", " + r.indicator();
    }

    private static Changes changes(int number, SroiImpactRow before, SroiImpactRow after) {
        String row = "Row " + number + " ";
        return Changes.create()
                .field(row + "stakeholder", before.stakeholder(), after.stakeholder())
                .field(row + "outcome", before.outcome(), after.outcome())
                .field(row + "indicator", before.indicator(), after.indicator())
                .field(row + "quantity source", before.quantitySource(), after.quantitySource())
                .field(row + "quantity", SroiService.plain(before.quantity()), SroiService.plain(after.quantity()))
                .field(row + "duration (years)", before.durationYears(), after.durationYears())
                .field(
                        row + "proxy value",
                        SroiService.plain(before.proxyValue()),
                        SroiService.plain(after.proxyValue()))
                .field(row + "proxy source", before.proxySource(), after.proxySource())
                .field(
                        row + "deadweight %",
                        SroiService.plain(before.deadweight()),
                        SroiService.plain(after.deadweight()))
                .field(
                        row + "displacement %",
                        SroiService.plain(before.displacement()),
                        SroiService.plain(after.displacement()))
                .field(
                        row + "attribution %",
                        SroiService.plain(before.attribution()),
                        SroiService.plain(after.attribution()))
                .field(row + "drop-off %", SroiService.plain(before.dropOff()), SroiService.plain(after.dropOff()));
    }
}
