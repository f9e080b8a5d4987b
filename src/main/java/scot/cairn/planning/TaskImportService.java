package scot.cairn.planning;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.PendingUploads;

/**
 * Importing tasks from a CSV or XLSX file in two steps, for those who change the plan: upload, which checks every row
 * by the plan's own rules and saves nothing, and confirm, which checks the rows again (the plan may have changed
 * meanwhile) and adds them all, numbered next, or none if any row has an error or the plan would hold more than
 * {@link PlanLimits#TASKS}.
 */
@Service
public class TaskImportService {

    static final String KIND = "planning-tasks";

    private final PartnershipScope scope;
    private final PendingUploads uploads;
    private final PlanRepositories store;
    private final PlanSupport support;

    TaskImportService(PartnershipScope scope, PendingUploads uploads, PlanRepositories store, PlanSupport support) {
        this.scope = scope;
        this.uploads = uploads;
        this.store = store;
        this.support = support;
    }

    /** Reads the file (XLSX when its name ends .xlsx, otherwise CSV as UTF-8), keeps it, and checks every row. */
    @Transactional
    public TaskImportPreview upload(long id, String fileName, byte[] content, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PLAN);
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "planning.import.noFile");
        }
        var rows = TaskFiles.LAYOUT.read(fileName, content);
        if (rows.isEmpty()) {
            throw InvalidInputException.of("file", "planning.import.noRows");
        }
        String importId = uploads.save(
                KIND,
                id,
                user.personId(),
                PendingUploads.fileName(fileName),
                TaskFiles.LAYOUT.toCsv(rows),
                support.clock().instant());
        return preview(id, importId, user);
    }

    /** The rows of an upload with their errors as of now. */
    @Transactional(readOnly = true)
    public TaskImportPreview preview(long id, String importId, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PLAN);
        var upload =
                uploads.find(KIND, importId, id, user.personId()).orElseThrow(() -> new NotFoundException("Import"));
        var rules = TaskRules.of(access, store, support, store.table().all(id));
        var rows = TaskFiles.check(
                TaskFiles.LAYOUT.csv(upload.rowsCsv()),
                rules,
                access.partnership().participants(),
                store.tasks().nextNumber(id));
        return new TaskImportPreview(importId, id, access.partnership().title(), upload.fileName(), rows);
    }

    /**
     * Adds every row of the upload as a task, and forgets the upload.
     *
     * @return how many tasks were added
     */
    @Transactional
    public int confirm(long id, String importId, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PLAN);
        support.lock(id);
        var preview = preview(id, importId, user);
        if (!preview.confirmable()) {
            throw InvalidInputException.of("", "planning.import.correctRows", preview.rowsWithErrors());
        }
        PlanLimits.TASKS.check(
                "",
                (int) store.tasks().countByPartnershipId(id) + preview.rows().size());
        var all = store.table().all(id);
        long number = store.tasks().nextNumber(id);
        var rules = TaskRules.of(access, store, support, all);
        for (var row : preview.rows()) {
            var checked = rules.check(number, row.details());
            var t = store.tasks().save(PlanTask.add(id, number++, checked.details(), checked.dependsOnIds()));
            support.audit()
                    .record(
                            PlanService.TASK,
                            t.id(),
                            id,
                            "planning.audit.taskImported",
                            Changes.create()
                                    .note(t.reference() + " " + t.title())
                                    .field("planning.audit.file", null, preview.fileName())
                                    .field("planning.audit.due", null, t.due()));
        }
        uploads.delete(importId);
        return preview.rows().size();
    }
}
