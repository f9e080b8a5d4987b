package scot.cairn.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.cairn.directory.Sector;

/**
 * A highlight report as its readers see it. Names are null for someone no longer in the partnership;
 * {@code waitingFor} says in words whose note the board still needs (null unless submitted and not yet noted). The
 * {@code may...} flags are for the person asking.
 */
public record HighlightView(
        long id,
        int version,
        String reference,
        LocalDate periodFrom,
        LocalDate periodTo,
        ReportStatus status,
        ReportRag rag,
        String createdBy,
        Instant generatedAt,
        String submittedBy,
        Instant submittedAt,
        Instant notedAt,
        List<SectionView> sections,
        List<NoteView> notes,
        String waitingFor,
        boolean mayWrite,
        boolean mayNote) {

    /** A section: its facts, one per line, and the Project Manager's commentary (null for none). */
    public record SectionView(ReportSection section, List<String> facts, String commentary) {}

    /** A board member's note, with the organisation and sector of their seat (null for a service user). */
    public record NoteView(String name, String organisationName, Sector sector, Instant notedAt, String comment) {}

    public boolean draft() {
        return status == ReportStatus.DRAFT;
    }
}
