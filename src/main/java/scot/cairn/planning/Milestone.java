package scot.cairn.planning;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A point the plan must reach by a date, with the person who sees to it; missed when the date passes unreached. */
@Table("planning_milestone")
class Milestone {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long partnershipId;
    private String title;
    private LocalDate due;
    private Long ownerId;
    private LocalDate reachedOn;

    @PersistenceCreator
    Milestone(
            Long id,
            Integer version,
            Long partnershipId,
            String title,
            LocalDate due,
            Long ownerId,
            LocalDate reachedOn) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.title = title;
        this.due = due;
        this.ownerId = ownerId;
        this.reachedOn = reachedOn;
    }

    static Milestone add(long partnershipId, MilestoneDetails d) {
        var m = new Milestone(null, null, partnershipId, null, null, null, null);
        m.change(d);
        return m;
    }

    void change(MilestoneDetails d) {
        title = d.title().strip();
        due = d.due();
        ownerId = d.ownerId();
        reachedOn = d.reachedOn();
    }

    boolean missed(LocalDate today) {
        return reachedOn == null ? due.isBefore(today) : reachedOn.isAfter(due);
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    String title() {
        return title;
    }

    LocalDate due() {
        return due;
    }

    Long ownerId() {
        return ownerId;
    }

    LocalDate reachedOn() {
        return reachedOn;
    }
}
