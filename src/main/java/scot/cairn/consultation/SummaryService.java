package scot.cairn.consultation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.Changes;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * A closed consultation's results published to the people consulted, at its link: the counts of every question and
 * the free-text answers, but for those the team hid (a name, a child's details, anything that identifies someone).
 * Those who run consultations hide and show answers while the summary is not published; once published it stays as
 * published until withdrawn.
 */
@Service
public class SummaryService {

    private final ConsultationService consultations;
    private final PartnershipScope scope;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    SummaryService(
            ConsultationService consultations, PartnershipScope scope, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.consultations = consultations;
        this.scope = scope;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** When the consultation's summary was published, if it is. */
    @Transactional(readOnly = true)
    public Optional<Instant> publishedAt(long consultationId) {
        return jdbc.sql("select published_at from consultation_summary where consultation_id = ?")
                .param(consultationId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** Publishes the summary of a closed consultation. */
    @Transactional
    public void publish(long id, long consultationId, CurrentUser user) {
        scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = consultations.find(id, consultationId);
        lock(c.id());
        if (c.status() != ConsultationStatus.CLOSED) {
            throw InvalidInputException.of("", "consultation.summary.notClosed");
        }
        if (publishedAt(c.id()).isPresent()) {
            throw InvalidInputException.of("", "consultation.summary.already");
        }
        jdbc.sql("insert into consultation_summary (consultation_id, published_at, published_by) values (?, ?, ?)")
                .params(c.id(), Timestamp.from(clock.instant()), user.personId())
                .update();
        audit.record("consultation", c.id(), id, "consultation.audit.summaryPublished", Changes.create());
    }

    /** Takes the summary back, so that answers can be hidden or shown again. */
    @Transactional
    public void withdraw(long id, long consultationId, CurrentUser user) {
        scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = consultations.find(id, consultationId);
        lock(c.id());
        if (jdbc.sql("delete from consultation_summary where consultation_id = ?")
                        .param(c.id())
                        .update()
                == 0) {
            throw InvalidInputException.of("", "consultation.summary.notPublished");
        }
        audit.record("consultation", c.id(), id, "consultation.audit.summaryWithdrawn", Changes.create());
    }

    /**
     * Hides a free-text answer from the published summary, or shows it again; refused while the summary is published.
     *
     * @param question the question's number, from 1
     */
    @Transactional
    public void hide(long id, long consultationId, long responseId, int question, boolean hidden, CurrentUser user) {
        scope.requireEdit(id, user, Editors.CONSULTATIONS);
        var c = consultations.find(id, consultationId);
        lock(c.id());
        if (publishedAt(c.id()).isPresent()) {
            throw InvalidInputException.of("", "consultation.summary.fixed");
        }
        int changed =
                jdbc.sql("""
                        update consultation_answer set redacted = ?
                         where consultation_id = ? and response_id = ? and position = ? and text is not null
                        """).params(hidden, c.id(), responseId, question - 1).update();
        if (changed == 0) {
            throw new NotFoundException("Answer");
        }
        audit.record(
                "consultation",
                c.id(),
                id,
                hidden ? "consultation.audit.answerHidden" : "consultation.audit.answerShown",
                Changes.create().note("#" + responseId + ", " + question));
    }

    /** One change to a consultation's summary at a time. */
    private void lock(long consultationId) {
        jdbc.sql("select id from consultation_consultation where id = ? for update")
                .param(consultationId)
                .query(Long.class)
                .single();
    }
}
