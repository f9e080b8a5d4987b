package scot.cairn.governance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.InvalidInputException;

/**
 * One version of a partnership's MoU, PID or service specification. Invariants: it has a text (maybe empty) for every
 * section of its kind, and beside it what the partnership's records said when it was saved (in
 * {@code recordsLanguage}; empty for the MoU and the PID); once anyone has signed it, neither changes (a change makes
 * the next version); a person signs it at most once, and every signature carries the SHA-256 of the whole text as it
 * is; once signed off, it stays signed off.
 */
@Table("governance_document_version")
class DocumentVersion {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long partnershipId;
    private final DocumentKind kind;
    private final int number;
    private final Instant createdAt;
    private final Long createdBy;
    private Instant signedOffAt;
    private String recordsLanguage;

    @MappedCollection(idColumn = "document_version_id")
    private final Set<SectionText> sections;

    @MappedCollection(idColumn = "document_version_id")
    private final Set<Signature> signatures;

    @PersistenceCreator
    DocumentVersion(
            Long id,
            Integer version,
            Long partnershipId,
            DocumentKind kind,
            int number,
            Instant createdAt,
            Long createdBy,
            Instant signedOffAt,
            String recordsLanguage,
            Set<SectionText> sections,
            Set<Signature> signatures) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.kind = kind;
        this.number = number;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.signedOffAt = signedOffAt;
        this.recordsLanguage = recordsLanguage;
        this.sections = new HashSet<>(sections);
        this.signatures = new HashSet<>(signatures);
    }

    /** The first version; {@code records} is what the partnership's records say, null when nothing extends it. */
    static DocumentVersion first(
            long partnershipId, DocumentKind kind, DocumentTexts texts, Records records, long by, Instant now) {
        return new DocumentVersion(
                null,
                null,
                partnershipId,
                kind,
                1,
                now,
                by,
                null,
                records.language(),
                texts.sections(records.bySection()),
                Set.of());
    }

    /** The next version, with new text and no signatures. */
    DocumentVersion next(DocumentTexts texts, Records records, long by, Instant now) {
        return new DocumentVersion(
                null,
                null,
                partnershipId,
                kind,
                number + 1,
                now,
                by,
                null,
                records.language(),
                texts.sections(records.bySection()),
                Set.of());
    }

    /** Changes the text of an unsigned version, with what the records say now. */
    void edit(DocumentTexts texts, Records records) {
        if (signed()) {
            throw DocumentConflictException.signed(kind, number);
        }
        sections.clear();
        sections.addAll(texts.sections(records.bySection()));
        recordsLanguage = records.language();
    }

    /**
     * What the partnership's records say for each section and the language of those words (a BCP 47 tag); both null
     * when nothing extends the kind.
     */
    record Records(java.util.Map<String, String> bySection, String language) {

        static final Records NONE = new Records(null, null);
    }

    /** Adds a signature over the current text, for the organisation and sector the signer stands for. */
    Signature sign(long personId, Long organisationId, scot.cairn.directory.Sector sector, Instant now) {
        if (signatures.stream().anyMatch(s -> s.personId() == personId)) {
            throw DocumentConflictException.twice(kind, number);
        }
        var empty = kind.sections().stream()
                .filter(s -> text(s.key()).isBlank())
                .map(s -> (Object) scot.cairn.platform.Message.of(s.headingKey()))
                .toList();
        if (!empty.isEmpty()) {
            Object names = empty.get(0);
            for (int i = 1; i < empty.size(); i++) {
                names = scot.cairn.platform.Message.of("governance.list.comma", names, empty.get(i));
            }
            throw InvalidInputException.of("", kind.key("sectionsEmpty"), number, names);
        }
        var s = new Signature(personId, organisationId, sector, now, sha256());
        signatures.add(s);
        return s;
    }

    String text(String key) {
        return sections.stream()
                .filter(s -> s.section().equals(key))
                .map(SectionText::text)
                .findFirst()
                .orElse("");
    }

    Map<String, String> texts() {
        return sections.stream().collect(Collectors.toMap(SectionText::section, SectionText::text));
    }

    /** What the records said for a section when this version was saved; empty when nothing. */
    String records(String key) {
        return sections.stream()
                .filter(s -> s.section().equals(key))
                .map(SectionText::fromRecords)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse("");
    }

    /** The language the records were written in, or null when the kind has none. */
    String recordsLanguage() {
        return recordsLanguage;
    }

    /**
     * The exact text a signature covers: kind, version number and each section's heading and text in the kind's
     * order, followed where there are any by what the records said for it, lines ending in LF. A MoU or PID reads
     * exactly as it did before documents carried records.
     */
    String canonicalText() {
        var out = new StringBuilder()
                .append("Document: ")
                .append(kind.title())
                .append('\n')
                .append("Version: ")
                .append(number)
                .append('\n');
        for (var s : kind.sections()) {
            out.append("\n## ")
                    .append(s.heading())
                    .append('\n')
                    .append(text(s.key()))
                    .append('\n');
            var records = records(s.key());
            if (!records.isEmpty()) {
                out.append("\n### From the partnership's records\n")
                        .append(records)
                        .append('\n');
            }
        }
        return out.toString();
    }

    /** Lower-case hex SHA-256 of {@link #canonicalText()} in UTF-8. */
    String sha256() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonicalText().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    boolean signed() {
        return !signatures.isEmpty();
    }

    /** Records that the signatures so far meet the rule for its kind; from now on it counts as signed off. */
    void signOff(Instant now) {
        if (signedOffAt == null) {
            signedOffAt = now;
        }
    }

    Instant signedOffAt() {
        return signedOffAt;
    }

    /** Signatures in the order they were given. */
    List<Signature> signatures() {
        return signatures.stream()
                .sorted(Comparator.comparing(Signature::signedAt).thenComparing(Signature::personId))
                .toList();
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    Long partnershipId() {
        return partnershipId;
    }

    DocumentKind kind() {
        return kind;
    }

    int number() {
        return number;
    }

    Instant createdAt() {
        return createdAt;
    }

    Long createdBy() {
        return createdBy;
    }
}
