package scot.cairn.sroi;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.Changes;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;
import scot.cairn.sroi.ImpactMapWorkbook.MapLine;
import scot.cairn.sroi.ImpactMapWorkbook.ReadResult;
import scot.cairn.sroi.WorkbookPreview.InputLine;
import scot.cairn.sroi.WorkbookPreview.MapRow;

/**
 * Importing an impact-map workbook (see {@link ImpactMapWorkbook}) into a draft analysis in two steps: upload, which
 * reads and checks every row and saves nothing but the file, and confirm, which replaces the analysis's inputs, rows
 * and settings all at once (one audited change), or nothing. Imported rows take their quantities as entered. A file
 * that cannot be read, is empty or lacks the impact map's columns is refused at upload with a {@code file} error; a
 * confirm after the analysis changed is refused as a concurrent change.
 */
@Service
public class WorkbookImportService {

    static final String CHOOSE = "sroi.import.choose";

    private final SroiService analyses;
    private final SroiAnalyses access;
    private final WorkbookStore uploads;
    private final SroiFigures figures;

    WorkbookImportService(SroiService analyses, SroiAnalyses access, WorkbookStore uploads, SroiFigures figures) {
        this.analyses = analyses;
        this.access = access;
        this.uploads = uploads;
        this.figures = figures;
    }

    /** Reads and keeps the file, even with bad rows, so a page can show them; refuses an unreadable file. */
    @Transactional
    public WorkbookPreview upload(
            long partnershipId, long analysisId, String fileName, byte[] content, CurrentUser user) {
        var a = draft(partnershipId, analysisId, user);
        var read = read(fileName, content);
        String name = name(fileName);
        String id = uploads.save(partnershipId, analysisId, user.personId(), a.version(), name, content, figures.now());
        return preview(id, a, name, read);
    }

    /**
     * As {@link #upload}, but a file with any bad row is refused with every problem ({@code rows[2]}, 0-based among
     * the file's impact-map rows; {@code inputs[0]}) and nothing is kept.
     */
    @Transactional
    public WorkbookPreview check(
            long partnershipId, long analysisId, String fileName, byte[] content, CurrentUser user) {
        var a = draft(partnershipId, analysisId, user);
        var read = read(fileName, content);
        var checked = preview(null, a, name(fileName), read);
        if (!checked.problems().isEmpty()) {
            throw new InvalidInputException(checked.errors());
        }
        return upload(partnershipId, analysisId, fileName, content, user);
    }

    /** The rows of an upload with their problems. */
    @Transactional(readOnly = true)
    public WorkbookPreview preview(long partnershipId, long analysisId, String importId, CurrentUser user) {
        var a = draft(partnershipId, analysisId, user);
        var upload = find(partnershipId, analysisId, importId, user);
        return preview(
                importId, a, upload.fileName(), ImpactMapWorkbook.read(new ByteArrayInputStream(upload.content())));
    }

    /** Replaces the inputs, rows and settings with the upload's, and forgets the upload. */
    @Transactional
    public SroiAnalysisView confirm(long partnershipId, long analysisId, String importId, CurrentUser user) {
        var who = access.edit(partnershipId, user);
        var p = who.partnership();
        var upload = find(partnershipId, analysisId, importId, user);
        var a = analyses.editable(partnershipId, analysisId, upload.analysisVersion());
        var preview = preview(
                importId, a, upload.fileName(), ImpactMapWorkbook.read(new ByteArrayInputStream(upload.content())));
        if (!preview.confirmable()) {
            throw InvalidInputException.of("", "sroi.import.correctRows");
        }
        var changes = Changes.create()
                .field("sroi.audit.file", null, upload.fileName())
                .field("sroi.audit.inputs", a.inputs().size(), preview.inputs().size())
                .field("sroi.audit.rows", a.rows().size(), preview.rows().size());
        a.replaceInputs(preview.inputs().stream().map(l -> input(l.input())).toList());
        a.replaceRows(preview.rows().stream().map(l -> row(l.row())).toList());
        if (preview.settings() != null) {
            settings(a, preview.settings(), changes);
        }
        uploads.delete(importId);
        return analyses.saved(a, who, "sroi.audit.imported", changes);
    }

    private SroiAnalysis draft(long partnershipId, long analysisId, CurrentUser user) {
        access.edit(partnershipId, user);
        var a = access.find(partnershipId, analysisId);
        a.checkDraft();
        return a;
    }

    private WorkbookStore.Upload find(long partnershipId, long analysisId, String importId, CurrentUser user) {
        return uploads.find(importId, partnershipId, analysisId, user.personId())
                .orElseThrow(() -> new NotFoundException("Import"));
    }

    private static ReadResult read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", CHOOSE);
        }
        if (fileName != null
                && !fileName.isBlank()
                && !fileName.strip().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw InvalidInputException.of("file", "sroi.import.notXlsx");
        }
        var read = ImpactMapWorkbook.read(new ByteArrayInputStream(content));
        if (!read.fileProblems().isEmpty()) {
            throw InvalidInputException.of("file", Message.joined(read.fileProblems()));
        }
        return read;
    }

    private static String name(String fileName) {
        // A NUL in the name the browser sent would stop PostgreSQL storing the upload.
        String name = fileName == null || fileName.isBlank()
                ? "workbook.xlsx"
                : fileName.replace("\u0000", "").strip();
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private WorkbookPreview preview(String id, SroiAnalysis a, String fileName, ReadResult read) {
        var inputs = new ArrayList<InputLine>();
        for (var r : read.inputs()) {
            var problems = new ArrayList<>(r.problems());
            r.line().ifPresent(i -> problems.addAll(stripped(SroiRules.inputErrors(inputs.size(), details(i)))));
            inputs.add(new InputLine(r.rowNumber(), r.line().orElse(null), problems));
        }
        var rows = new ArrayList<MapRow>();
        for (var r : read.rows()) {
            var problems = new ArrayList<>(r.problems());
            r.line().ifPresent(l -> problems.addAll(stripped(SroiRules.rowErrors(rows.size(), details(l), Set.of()))));
            rows.add(new MapRow(r.rowNumber(), r.line().orElse(null), problems));
        }
        return new WorkbookPreview(
                id,
                a.partnershipId(),
                a.id(),
                a.title(),
                fileName,
                inputs,
                rows,
                read.settings().orElse(null),
                a.inputs().size(),
                a.rows().size());
    }

    /** The rules' messages without the "Row 3" they start with: the preview names the spreadsheet row instead. */
    private static List<Message> stripped(Map<String, Message> errors) {
        return errors.values().stream().map(WorkbookImportService::stripped).toList();
    }

    private static Message stripped(Message m) {
        var args = m.getArguments();
        if ("platform.labelled".equals(m.key()) && args.length == 2 && args[1] instanceof Message inner) {
            return inner;
        }
        return m;
    }

    private static void settings(SroiAnalysis a, Settings s, Changes changes) {
        var before = a.settings();
        changes.field(
                        "sroi.audit.discountRate",
                        SroiService.plain(before.discountRate()),
                        SroiService.plain(s.discountRate()))
                .field(
                        "sroi.audit.firstYear",
                        SroiService.yesNo(before.discountFirstYear()),
                        SroiService.yesNo(s.discountFirstYear()))
                .field(
                        "sroi.audit.deductions",
                        before.deductions().labelKey(),
                        s.deductions().labelKey())
                .field(
                        "sroi.audit.dropOff",
                        before.dropOff().labelKey(),
                        s.dropOff().labelKey());
        a.describe(new AnalysisDetails(
                a.title(),
                a.kind(),
                a.periodFrom(),
                a.periodTo(),
                s.discountRate(),
                s.discountFirstYear(),
                s.deductions(),
                s.dropOff()));
    }

    private static InputDetails details(Investment i) {
        return new InputDetails(i.stakeholder(), i.description(), i.cash(), i.inKind());
    }

    private static SroiInput input(Investment i) {
        return new SroiInput(
                i.stakeholder().strip(),
                i.description().isBlank() ? null : i.description().strip(),
                i.cash(),
                i.inKind());
    }

    static RowDetails details(MapLine l) {
        return new RowDetails(
                l.stakeholder(),
                l.outcome(),
                l.indicator(),
                QuantitySource.ENTERED,
                null,
                l.quantity(),
                l.durationYears(),
                l.proxyValue(),
                l.proxyDescription(),
                l.proxyUnit(),
                l.proxySource(),
                l.baseYear(),
                l.deadweight(),
                l.displacement(),
                l.attribution(),
                l.dropOff());
    }

    private static SroiImpactRow row(MapLine l) {
        return SroiImpactRow.of(details(l), null);
    }
}
