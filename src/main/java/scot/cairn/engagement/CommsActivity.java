package scot.cairn.engagement;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A planned communications activity (C-1, C-2...): what, for whom, through which channel, by whom and by when. */
@Table("engagement_activity")
class CommsActivity {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long partnershipId;
    private final long number;
    private String title;
    private String audience;
    private String channel;
    private Long ownerId;
    private LocalDate due;
    private ActivityStatus status;

    @PersistenceCreator
    CommsActivity(
            Long id,
            Integer version,
            Long partnershipId,
            long number,
            String title,
            String audience,
            String channel,
            Long ownerId,
            LocalDate due,
            ActivityStatus status) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.number = number;
        this.title = title;
        this.audience = audience;
        this.channel = channel;
        this.ownerId = ownerId;
        this.due = due;
        this.status = status;
    }

    static CommsActivity plan(long partnershipId, long number, ActivityDetails d) {
        var a = new CommsActivity(
                null, null, partnershipId, number, null, null, null, null, null, ActivityStatus.PLANNED);
        a.change(d);
        return a;
    }

    /** Changes the activity; the details must have passed {@link PlanInput}. */
    void change(ActivityDetails d) {
        title = d.title().strip();
        audience = PlanInput.blankToNull(d.audience());
        channel = PlanInput.blankToNull(d.channel());
        ownerId = d.ownerId();
        due = d.due();
        if (d.status() != null) {
            status = d.status();
        }
    }

    String reference() {
        return "C-" + number;
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

    String title() {
        return title;
    }

    String audience() {
        return audience;
    }

    String channel() {
        return channel;
    }

    Long ownerId() {
        return ownerId;
    }

    LocalDate due() {
        return due;
    }

    ActivityStatus status() {
        return status;
    }
}
