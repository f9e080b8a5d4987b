package scot.cairn.planning;

import java.util.List;

/**
 * An uploaded file of tasks, checked but not saved. It can be confirmed only when no row has an error;
 * {@code importId} is what confirming refers to.
 */
public record TaskImportPreview(
        String importId, long partnershipId, String title, String fileName, List<CheckedTask> rows) {

    public long rowsWithErrors() {
        return rows.stream().filter(r -> !r.ok()).count();
    }

    public boolean confirmable() {
        return !rows.isEmpty() && rowsWithErrors() == 0;
    }
}
