package scot.cairn.consultation;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.InvalidInputException;

/**
 * A theme of what people said in a consultation, with the partnership's response ("you said, we did"). Once published
 * to the people consulted it reads as it was published: it changes only after it is withdrawn.
 */
@Table("consultation_theme")
class Theme {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final long consultationId;
    private final int number;
    private String name;
    private String said;
    private String response;
    private String change;
    private String linkKind;
    private Long linkId;
    private Instant publishedAt;
    private Long publishedBy;

    @PersistenceCreator
    Theme(
            Long id,
            Integer version,
            long consultationId,
            int number,
            String name,
            String said,
            String response,
            String change,
            String linkKind,
            Long linkId,
            Instant publishedAt,
            Long publishedBy) {
        this.id = id;
        this.version = version;
        this.consultationId = consultationId;
        this.number = number;
        this.name = name;
        this.said = said;
        this.response = response;
        this.change = change;
        this.linkKind = linkKind;
        this.linkId = linkId;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
    }

    static Theme draw(long consultationId, int number, ThemeDetails d, String linkKind, Long linkId) {
        var t = new Theme(null, null, consultationId, number, null, null, null, null, null, null, null, null);
        t.write(d, linkKind, linkId);
        return t;
    }

    void write(ThemeDetails d, String linkKind, Long linkId) {
        if (publishedAt != null) {
            throw InvalidInputException.of("", "consultation.theme.published");
        }
        this.name = d.name().strip();
        this.said = ConsultationInput.blankToNull(d.said());
        this.response = ConsultationInput.blankToNull(d.response());
        this.change = ConsultationInput.blankToNull(d.change());
        this.linkKind = linkKind;
        this.linkId = linkId;
    }

    void publish(Instant at, long by) {
        new InvalidInputException.Collector()
                .rejectIf(publishedAt != null, "", "consultation.theme.alreadyPublished")
                .rejectIf(said == null, "said", "consultation.theme.saidMissing")
                .rejectIf(response == null, "response", "consultation.theme.responseMissing")
                .throwIfAny();
        this.publishedAt = at;
        this.publishedBy = by;
    }

    void withdraw() {
        if (publishedAt == null) {
            throw InvalidInputException.of("", "consultation.theme.notPublished");
        }
        this.publishedAt = null;
        this.publishedBy = null;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    long consultationId() {
        return consultationId;
    }

    int number() {
        return number;
    }

    String name() {
        return name;
    }

    String said() {
        return said;
    }

    String response() {
        return response;
    }

    String change() {
        return change;
    }

    String linkKind() {
        return linkKind;
    }

    Long linkId() {
        return linkId;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    Long publishedBy() {
        return publishedBy;
    }
}
