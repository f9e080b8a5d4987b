package scot.cairn.meeting;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.Message;

/** An action agreed at a meeting (A-1, A-2...): what, who and by when; open until its owner or an organiser closes it. */
@Table("meeting_action")
class MeetingAction {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long partnershipId;
    private final Long meetingId;
    private final long number;
    private final String text;
    private final Long ownerId;
    private final LocalDate due;
    private LocalDate doneOn;
    private final Instant createdAt;
    private final Integer itemKey;

    @PersistenceCreator
    MeetingAction(
            Long id,
            Integer version,
            Long partnershipId,
            Long meetingId,
            long number,
            String text,
            Long ownerId,
            LocalDate due,
            LocalDate doneOn,
            Instant createdAt,
            Integer itemKey) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.meetingId = meetingId;
        this.number = number;
        this.text = text;
        this.ownerId = ownerId;
        this.due = due;
        this.doneOn = doneOn;
        this.createdAt = createdAt;
        this.itemKey = itemKey;
    }

    static MeetingAction agree(long partnershipId, long meetingId, long number, ActionDetails d, Instant at) {
        return new MeetingAction(
                null,
                null,
                partnershipId,
                meetingId,
                number,
                d.text().strip(),
                d.ownerId(),
                d.due(),
                null,
                at,
                d.itemKey());
    }

    void close(LocalDate on) {
        if (doneOn != null) {
            throw new MeetingStateException(Message.of("meeting.action.alreadyDone"));
        }
        doneOn = on;
    }

    boolean overdue(LocalDate today) {
        return doneOn == null && due.isBefore(today);
    }

    String reference() {
        return "A-" + number;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    Integer itemKey() {
        return itemKey;
    }

    Long meetingId() {
        return meetingId;
    }

    String text() {
        return text;
    }

    Long ownerId() {
        return ownerId;
    }

    LocalDate due() {
        return due;
    }

    LocalDate doneOn() {
        return doneOn;
    }
}
