package scot.cairn.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.directory.Sector;
import scot.cairn.partnership.JointApproval;
import scot.cairn.platform.Message;

/**
 * A highlight report (HR-1, HR-2...) for a period. While a draft its facts may be generated again and its commentary
 * and status changed; once submitted nothing in it changes, and board members note it, each once. It is noted by the
 * board when the notes meet the one joint rule (a public-sector and a third-sector member).
 */
@Table("report_highlight")
class HighlightReport {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long partnershipId;
    private final long number;
    private final LocalDate periodFrom;
    private final LocalDate periodTo;
    private ReportStatus status;
    private ReportRag rag;
    private final Long createdBy;
    private final Instant createdAt;
    private Instant generatedAt;
    private Long submittedBy;
    private Instant submittedAt;
    private Instant notedAt;

    @MappedCollection(idColumn = "report_id")
    private final Set<SectionText> sections;

    @MappedCollection(idColumn = "report_id")
    private final Set<BoardNote> notes;

    @PersistenceCreator
    HighlightReport(
            Long id,
            Integer version,
            Long partnershipId,
            long number,
            LocalDate periodFrom,
            LocalDate periodTo,
            ReportStatus status,
            ReportRag rag,
            Long createdBy,
            Instant createdAt,
            Instant generatedAt,
            Long submittedBy,
            Instant submittedAt,
            Instant notedAt,
            Set<SectionText> sections,
            Set<BoardNote> notes) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.number = number;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.status = status;
        this.rag = rag;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.generatedAt = generatedAt;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.notedAt = notedAt;
        this.sections = sections == null ? new HashSet<>() : new HashSet<>(sections);
        this.notes = notes == null ? new HashSet<>() : new HashSet<>(notes);
    }

    /** A new draft with the facts generated for its period, by section. */
    static HighlightReport start(
            long partnershipId,
            long number,
            LocalDate from,
            LocalDate to,
            Map<ReportSection, String> facts,
            long by,
            Instant at) {
        var r = new HighlightReport(
                null,
                null,
                partnershipId,
                number,
                from,
                to,
                ReportStatus.DRAFT,
                null,
                by,
                at,
                at,
                null,
                null,
                null,
                Set.of(),
                Set.of());
        facts.forEach((section, text) -> r.sections.add(new SectionText(section, text, null)));
        return r;
    }

    /** Replaces the facts with ones generated again, keeping the commentary. */
    void regenerate(Map<ReportSection, String> facts, Instant at) {
        refuseUnlessDraft();
        var commentary = new java.util.EnumMap<ReportSection, String>(ReportSection.class);
        sections.forEach(s -> {
            if (s.commentary() != null) {
                commentary.put(s.section(), s.commentary());
            }
        });
        sections.clear();
        facts.forEach((section, text) -> sections.add(new SectionText(section, text, commentary.get(section))));
        generatedAt = at;
    }

    /** Sets the commentary of each section (blank for none) and the status of the whole. */
    void write(Map<ReportSection, String> commentary, ReportRag rag) {
        refuseUnlessDraft();
        var kept = List.copyOf(sections);
        sections.clear();
        kept.forEach(s -> {
            var text = commentary.get(s.section());
            sections.add(new SectionText(s.section(), s.facts(), text == null || text.isBlank() ? null : text.strip()));
        });
        this.rag = rag;
    }

    void submit(long by, Instant at) {
        refuseUnlessDraft();
        if (rag == null) {
            throw scot.cairn.platform.InvalidInputException.of("rag", "report.write.ragMissing");
        }
        status = ReportStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
    }

    /** Records a board member's note; the report is noted once the notes meet the joint rule. */
    void note(long personId, Long organisationId, Sector sector, String comment, Instant at) {
        if (status == ReportStatus.DRAFT) {
            throw new ReportLockedException(Message.of("report.note.notSubmitted"));
        }
        if (notes.stream().anyMatch(n -> n.personId() == personId)) {
            throw new ReportLockedException(Message.of("report.note.already"));
        }
        notes.add(new BoardNote(
                personId, organisationId, sector, at, comment == null || comment.isBlank() ? null : comment.strip()));
        if (status == ReportStatus.SUBMITTED && joint().met()) {
            status = ReportStatus.NOTED;
            notedAt = at;
        }
    }

    JointApproval joint() {
        return JointApproval.of(notes.stream().map(BoardNote::sector).toList());
    }

    void refuseUnlessDraft() {
        if (status != ReportStatus.DRAFT) {
            throw new ReportLockedException(Message.of("report.locked"));
        }
    }

    String reference() {
        return "HR-" + number;
    }

    List<SectionText> sections() {
        return sections.stream()
                .sorted(Comparator.comparing(SectionText::section))
                .toList();
    }

    List<BoardNote> notes() {
        return notes.stream().sorted(Comparator.comparing(BoardNote::notedAt)).toList();
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long number() {
        return number;
    }

    LocalDate periodFrom() {
        return periodFrom;
    }

    LocalDate periodTo() {
        return periodTo;
    }

    ReportStatus status() {
        return status;
    }

    ReportRag rag() {
        return rag;
    }

    Long createdBy() {
        return createdBy;
    }

    Instant generatedAt() {
        return generatedAt;
    }

    Long submittedBy() {
        return submittedBy;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant notedAt() {
        return notedAt;
    }
}
