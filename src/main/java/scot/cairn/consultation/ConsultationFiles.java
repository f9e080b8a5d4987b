package scot.cairn.consultation;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.FileType;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Limit;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.web.Download;

/**
 * A consultation's other versions (Easy Read, accessible, large print, translations, a paper copy) as PDF, Word or
 * Excel files of at most {@link #MEGABYTES} MB, at most {@link #FILES} a consultation. Those who run consultations
 * add and remove them; members download them; anyone with the consultation's link downloads them from its page.
 */
@Service
public class ConsultationFiles {

    public static final int MEGABYTES = 10;
    static final Limit FILES = new Limit(10, "consultation.limit.files");
    static final int TITLE = 200;

    private final ConsultationService consultations;
    private final PartnershipScope scope;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    ConsultationFiles(
            ConsultationService consultations,
            PartnershipScope scope,
            JdbcClient jdbc,
            AuditTrail audit,
            java.time.Clock clock) {
        this.consultations = consultations;
        this.scope = scope;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** One file as listed: what it is, its kind of file and size, and when it was added. */
    public record FileView(
            long id, VersionKind kind, String title, String fileName, FileType type, long sizeBytes, Instant addedAt) {}

    /** The consultation's files, by kind then title. */
    @Transactional(readOnly = true)
    public List<FileView> files(long id, long consultationId, CurrentUser user) {
        scope.requireRead(id, user);
        return list(consultations.find(id, consultationId).id());
    }

    /** The files of the consultation behind a link, for anyone with it. */
    @Transactional(readOnly = true)
    public List<FileView> publicFiles(long consultationId) {
        return list(consultationId);
    }

    /**
     * Adds a file. Refused, with nothing saved, for a missing kind, a title too long, an empty, oversized or wrongly
     * named file, or past {@link #FILES}.
     */
    @Transactional
    public FileView add(
            long id,
            long consultationId,
            VersionKind kind,
            String title,
            String fileName,
            byte[] content,
            CurrentUser user) {
        scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = consultations.find(id, consultationId);
        if (kind == null) {
            throw InvalidInputException.of("kind", "consultation.file.kindMissing");
        }
        var name = fileName == null ? "" : fileName.strip();
        var type = FileType.check(name, content, MEGABYTES);
        var shown = title == null || title.isBlank()
                ? (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name)
                : title.strip();
        if (shown.length() > TITLE) {
            throw InvalidInputException.of("title", "consultation.file.titleTooLong", TITLE);
        }
        FILES.check("file", list(c.id()).size() + 1);
        var now = clock.instant();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        insert into consultation_file (consultation_id, kind, title, file_name, content_type,
                          size_bytes, sha256, content, added_at, added_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        c.id(),
                        kind.name(),
                        shown,
                        name,
                        type.mediaType(),
                        (long) content.length,
                        FileType.sha256(content),
                        content,
                        java.sql.Timestamp.from(now),
                        user.personId())
                .update(keys, "id");
        long fileId = keys.getKeyAs(Number.class).longValue();
        audit.record(
                "consultation",
                c.id(),
                id,
                "consultation.audit.fileAdded",
                Changes.create().field("consultation.audit.file", null, shown + " (" + name + ")"));
        return new FileView(fileId, kind, shown, name, type, content.length, now);
    }

    /** Removes a file. */
    @Transactional
    public void remove(long id, long consultationId, long fileId, CurrentUser user) {
        scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = consultations.find(id, consultationId);
        var file = list(c.id()).stream()
                .filter(f -> f.id() == fileId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("File"));
        jdbc.sql("delete from consultation_file where id = ?").param(fileId).update();
        audit.record(
                "consultation",
                c.id(),
                id,
                "consultation.audit.fileRemoved",
                Changes.create().field("consultation.audit.file", file.title() + " (" + file.fileName() + ")", null));
    }

    /** A file, for a member. */
    @Transactional(readOnly = true)
    public Download download(long id, long consultationId, long fileId, CurrentUser user) {
        scope.requireRead(id, user);
        return content(consultations.find(id, consultationId).id(), fileId);
    }

    /** A file, for anyone with the consultation's link. */
    @Transactional(readOnly = true)
    public Download publicDownload(long consultationId, long fileId) {
        return content(consultationId, fileId);
    }

    private Download content(long consultationId, long fileId) {
        return jdbc.sql("select file_name, content_type, content from consultation_file where id = ? and"
                        + " consultation_id = ?")
                .params(fileId, consultationId)
                .query((rs, n) ->
                        new Download(rs.getString("file_name"), rs.getString("content_type"), rs.getBytes("content")))
                .optional()
                .orElseThrow(() -> new NotFoundException("File"));
    }

    private List<FileView> list(long consultationId) {
        return jdbc.sql("""
                        select id, kind, title, file_name, content_type, size_bytes, added_at from consultation_file
                         where consultation_id = ? order by kind, title, id
                        """)
                .param(consultationId)
                .query((rs, n) -> new FileView(
                        rs.getLong("id"),
                        VersionKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getString("file_name"),
                        FileType.fromMediaType(rs.getString("content_type")),
                        rs.getLong("size_bytes"),
                        rs.getTimestamp("added_at").toInstant()))
                .list();
    }
}
