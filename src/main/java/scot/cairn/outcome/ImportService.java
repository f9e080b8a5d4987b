package scot.cairn.outcome;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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

/**
 * Importing measurements from a CSV or XLSX file in two steps: upload, which checks every row and saves nothing, and
 * confirm, which checks the rows again (values may have been recorded meanwhile) and saves them all, or none if any
 * row has an error.
 */
@Service
public class ImportService {

    private final PartnershipScope scope;
    private final MeasurementService measurements;
    private final ImportStore uploads;
    private final Clock clock;

    ImportService(PartnershipScope scope, MeasurementService measurements, ImportStore uploads, Clock clock) {
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
        boolean excel =
                fileName != null && fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
        var rows = excel
                ? MeasurementFiles.xlsx(new ByteArrayInputStream(content))
                : MeasurementFiles.csv(new String(content, StandardCharsets.UTF_8));
        if (rows.isEmpty()) {
            throw InvalidInputException.of("file", "outcome.import.noRows");
        }
        // A NUL in the name the browser sent would stop PostgreSQL storing the upload.
        String name = fileName == null || fileName.isBlank()
                ? "upload"
                : fileName.replace("\u0000", "").strip();
        String id = uploads.save(partnershipId, user.personId(), name, MeasurementFiles.toCsv(rows), clock.instant());
        return preview(partnershipId, id, user);
    }

    /** The rows of an upload with their errors as of now. */
    @Transactional(readOnly = true)
    public ImportPreview preview(long partnershipId, String importId, CurrentUser user) {
        var p = scope.requireEdit(partnershipId, user, Editors.EVIDENCE).partnership();
        var upload = uploads.find(importId, partnershipId, user.personId())
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
