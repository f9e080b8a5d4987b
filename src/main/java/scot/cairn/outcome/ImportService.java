package scot.cairn.outcome;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
 * Importing measurements from a CSV or XLSX file in two steps: upload, which checks every row and saves nothing, and
 * confirm, which checks the rows again (values may have been recorded meanwhile) and saves them all, or none if any
 * row has an error.
 */
@Service
public class ImportService {

    static final String KIND = "outcome-measurements";

    private final PartnershipScope scope;
    private final MeasurementService measurements;
    private final PendingUploads uploads;
    private final Clock clock;

    ImportService(PartnershipScope scope, MeasurementService measurements, PendingUploads uploads, Clock clock) {
        this.scope = scope;
        this.measurements = measurements;
        this.uploads = uploads;
        this.clock = clock;
    }

    /** Reads the file (XLSX when its name ends .xlsx, otherwise CSV as UTF-8), keeps it, and checks every row. */
    @Transactional
    public ImportPreview upload(long partnershipId, String fileName, byte[] content, CurrentUser user) {
        scope.requireEdit(partnershipId, user, Editors.EVIDENCE);
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", "outcome.import.noFile");
        }
        var rows = MeasurementFiles.read(fileName, content);
        if (rows.isEmpty()) {
            throw InvalidInputException.of("file", "outcome.import.noRows");
        }
        String id = uploads.save(
                KIND,
                partnershipId,
                user.personId(),
                PendingUploads.fileName(fileName),
                MeasurementFiles.toCsv(rows),
                clock.instant());
        return preview(partnershipId, id, user);
    }

    /** The rows of an upload with their errors as of now. */
    @Transactional(readOnly = true)
    public ImportPreview preview(long partnershipId, String importId, CurrentUser user) {
        var p = scope.requireEdit(partnershipId, user, Editors.EVIDENCE).partnership();
        var upload = uploads.find(KIND, importId, partnershipId, user.personId())
                .orElseThrow(() -> new NotFoundException("Import"));
        var checker = measurements.checker(partnershipId, PilotWindow.of(p));
        var rows = MeasurementFiles.csv(upload.rowsCsv());
        var checked = new ArrayList<CheckedRow>();
        for (int i = 0; i < rows.size(); i++) {
            checked.add(checker.check(i + 2, rows.get(i)));
        }
        return new ImportPreview(importId, partnershipId, p.title(), upload.fileName(), List.copyOf(checked));
    }

    /**
     * Saves every row of the upload, and forgets the upload.
     *
     * @return how many values were saved
     */
    @Transactional
    public int confirm(long partnershipId, String importId, CurrentUser user) {
        var preview = preview(partnershipId, importId, user);
        if (!preview.confirmable()) {
            throw InvalidInputException.of("", "outcome.import.correctRows", preview.rowsWithErrors());
        }
        measurements.insertAll(
                partnershipId,
                preview.rows(),
                "outcome.audit.measurementsImported",
                Changes.create().field("outcome.audit.file", null, preview.fileName()),
                user);
        uploads.delete(importId);
        return preview.rows().size();
    }
}
