package scot.cairn.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;

/**
 * A meeting (M-1, M-2...) of one of a partnership's groups. It ends after it starts; it has at most
 * {@link MeetingLimits#INVITEES} invitees and {@link MeetingLimits#AGENDA} agenda items, the first of which is the
 * standing item for the actions from the last meeting; a cancelled meeting changes no more.
 */
@Table("meeting_meeting")
class Meeting {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long partnershipId;
    private final Long groupId;
    private final long number;
    private final Long seriesNumber;
    private String title;
    private Instant startsAt;
    private Instant endsAt;
    private String place;
    private String onlineLink;
    private boolean stepFree;
    private boolean hearingLoop;
    private String accessNotes;
    private boolean cancelled;
    private int nextItemKey;
    private Instant packIssuedAt;
    private Instant minutesCirculatedAt;
    private Instant minutesApprovedAt;
    private Long minutesApprovedIn;

    @MappedCollection(idColumn = "meeting_id")
    private final Set<MinuteDecision> decisions;

    @MappedCollection(idColumn = "meeting_id", keyColumn = "position")
    private final List<Invitee> invitees;

    @MappedCollection(idColumn = "meeting_id", keyColumn = "position")
    private final List<AgendaItem> agenda;

    @PersistenceCreator
    Meeting(
            Long id,
            Integer version,
            Long partnershipId,
            Long groupId,
            long number,
            Long seriesNumber,
            String title,
            Instant startsAt,
            Instant endsAt,
            String place,
            String onlineLink,
            boolean stepFree,
            boolean hearingLoop,
            String accessNotes,
            boolean cancelled,
            int nextItemKey,
            Instant packIssuedAt,
            Instant minutesCirculatedAt,
            Instant minutesApprovedAt,
            Long minutesApprovedIn,
            Set<MinuteDecision> decisions,
            List<Invitee> invitees,
            List<AgendaItem> agenda) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.groupId = groupId;
        this.number = number;
        this.seriesNumber = seriesNumber;
        this.title = title;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.place = place;
        this.onlineLink = onlineLink;
        this.stepFree = stepFree;
        this.hearingLoop = hearingLoop;
        this.accessNotes = accessNotes;
        this.cancelled = cancelled;
        this.nextItemKey = nextItemKey;
        this.packIssuedAt = packIssuedAt;
        this.minutesCirculatedAt = minutesCirculatedAt;
        this.minutesApprovedAt = minutesApprovedAt;
        this.minutesApprovedIn = minutesApprovedIn;
        this.decisions = decisions == null ? new java.util.HashSet<>() : new java.util.HashSet<>(decisions);
        this.invitees = invitees == null ? new ArrayList<>() : new ArrayList<>(invitees);
        this.agenda = agenda == null ? new ArrayList<>() : new ArrayList<>(agenda);
    }

    /**
     * A new meeting with the group's members invited and the standing item on its agenda; the details must have
     * passed {@link MeetingInput}.
     */
    static Meeting schedule(
            long partnershipId,
            long groupId,
            long number,
            Long seriesNumber,
            MeetingDetails d,
            Instant startsAt,
            Instant endsAt,
            List<Long> members,
            String standingTitle) {
        var m = new Meeting(
                null,
                null,
                partnershipId,
                groupId,
                number,
                seriesNumber,
                null,
                startsAt,
                endsAt,
                null,
                null,
                false,
                false,
                null,
                false,
                2,
                null,
                null,
                null,
                null,
                Set.of(),
                List.of(),
                List.of(new AgendaItem(1, standingTitle, null, null, AgendaItem.ACTIONS, null, null, null)));
        m.change(d, startsAt, endsAt);
        members.forEach(p -> m.invitees.add(Invitee.member(p)));
        return m;
    }

    void change(MeetingDetails d, Instant starts, Instant ends) {
        refuseIfCancelled();
        refuseIfLocked();
        title = d.title().strip();
        startsAt = starts;
        endsAt = ends;
        place = blankToNull(d.place());
        onlineLink = blankToNull(d.onlineLink());
        stepFree = Boolean.TRUE.equals(d.stepFree());
        hearingLoop = Boolean.TRUE.equals(d.hearingLoop());
        accessNotes = blankToNull(d.accessNotes());
    }

    void invite(Invitee guest) {
        refuseIfCancelled();
        refuseIfLocked();
        MeetingLimits.INVITEES.check("", invitees.size() + 1);
        invitees.add(guest);
    }

    /** Records apologies sent, or taken back, by the invitee at {@code position} (from 0). */
    void apologies(int position, boolean sent) {
        refuseIfCancelled();
        refuseIfLocked();
        minutesCirculatedAt = null;
        invitees.set(position, invitee(position).withApologies(sent));
    }

    /** Records who attended: the invitees at {@code present} attended, every other did not. */
    void attendance(Set<Integer> present) {
        refuseIfCancelled();
        refuseIfLocked();
        minutesCirculatedAt = null;
        if (present.stream().anyMatch(p -> p == null || p < 0 || p >= invitees.size())) {
            throw new scot.cairn.platform.NotFoundException("Invitee");
        }
        for (int i = 0; i < invitees.size(); i++) {
            invitees.set(i, invitees.get(i).withAttended(present.contains(i)));
        }
    }

    /** Adds an item at the end, numbered after every item the meeting has had. */
    void addItem(AgendaItem item) {
        refuseIfCancelled();
        refuseIfLocked();
        MeetingLimits.AGENDA.check("", agenda.size() + 1);
        agenda.add(new AgendaItem(
                nextItemKey++,
                item.title(),
                item.presenter(),
                item.minutes(),
                null,
                null,
                item.linkKind(),
                item.linkId()));
    }

    /** Changes item {@code position} (from 0); the standing item keeps its place and its title. */
    void changeItem(int position, AgendaItem item) {
        refuseIfCancelled();
        refuseIfLocked();
        var was = item(position);
        agenda.set(
                position,
                new AgendaItem(
                        was.itemKey(),
                        was.standing() == null ? item.title() : was.title(),
                        item.presenter(),
                        item.minutes(),
                        was.standing(),
                        was.discussion(),
                        item.linkKind(),
                        item.linkId()));
    }

    /** Removes an item; the standing item stays, and so does an item with papers, decisions or actions under it. */
    void removeItem(int position, boolean hasPapersOrActions) {
        refuseIfCancelled();
        refuseIfLocked();
        var item = item(position);
        if (item.standing() != null) {
            throw InvalidInputException.of("", "meeting.agenda.standingStays");
        }
        if (hasPapersOrActions || decisions.stream().anyMatch(d -> d.itemKey() == item.itemKey())) {
            throw InvalidInputException.of("", "meeting.agenda.itemInUse");
        }
        agenda.remove(position);
    }

    /** Moves item {@code position} one place up (towards the start) or down; the standing item stays first. */
    void moveItem(int position, boolean up) {
        refuseIfCancelled();
        refuseIfLocked();
        item(position);
        int other = up ? position - 1 : position + 1;
        if (other < 0
                || other >= agenda.size()
                || agenda.get(other).standing() != null
                || agenda.get(position).standing() != null) {
            return;
        }
        var moving = agenda.get(position);
        agenda.set(position, agenda.get(other));
        agenda.set(other, moving);
    }

    void cancel() {
        refuseIfCancelled();
        refuseIfLocked();
        cancelled = true;
    }

    /** Records that the pack was issued now; refused once the meeting has started. */
    void issuePack(Instant now) {
        refuseIfCancelled();
        if (!startsAt.isAfter(now)) {
            throw new MeetingStateException(Message.of("meeting.pack.meetingStarted"));
        }
        packIssuedAt = now;
    }

    /** Minutes the discussion under the item numbered {@code itemKey}; blank clears it. */
    void minute(int itemKey, String discussion) {
        refuseIfCancelled();
        refuseIfLocked();
        int position = positionOf(itemKey);
        agenda.set(position, agenda.get(position).withDiscussion(blankToNull(discussion)));
        minutesCirculatedAt = null;
    }

    /** Minutes a decision under the item numbered {@code itemKey}; a decision is minuted once. */
    void minuteDecision(int itemKey, long decisionId, boolean proposed) {
        refuseIfCancelled();
        refuseIfLocked();
        positionOf(itemKey);
        if (decisions.stream().anyMatch(d -> d.decisionId() == decisionId)) {
            throw InvalidInputException.of("decisionId", "meeting.minutes.decisionTwice");
        }
        MeetingLimits.DECISIONS.check("decisionId", decisions.size() + 1);
        decisions.add(new MinuteDecision(itemKey, decisionId, proposed));
        minutesCirculatedAt = null;
    }

    /** Takes a linked decision off the minutes (a proposed one is withdrawn from the log by the caller). */
    MinuteDecision unminuteDecision(long decisionId) {
        refuseIfCancelled();
        refuseIfLocked();
        var d = decisions.stream()
                .filter(x -> x.decisionId() == decisionId)
                .findFirst()
                .orElseThrow(() -> new scot.cairn.platform.NotFoundException("Decision"));
        decisions.remove(d);
        minutesCirculatedAt = null;
        return d;
    }

    /**
     * Sends the draft minutes round (again, after corrections); only once the meeting has started. Any change to the
     * minutes or the attendance after that takes the circulation back, so that what is approved is what was read.
     */
    void circulate(Instant now) {
        refuseIfCancelled();
        refuseIfLocked();
        if (startsAt.isAfter(now)) {
            throw new MeetingStateException(Message.of("meeting.minutes.notYet"));
        }
        minutesCirculatedAt = now;
    }

    /**
     * Records that {@code later}, a later meeting of the group, approved these minutes; they are locked from now.
     *
     * @param kept the invitees, in order, with who they were kept as ({@link Invitee#kept})
     */
    void approveMinutes(Meeting later, Instant now, List<Invitee> kept) {
        refuseIfCancelled();
        refuseIfLocked();
        if (minutesCirculatedAt == null) {
            throw new MeetingStateException(Message.of("meeting.minutes.notCirculated"));
        }
        if (later.cancelled
                || !later.groupId.equals(groupId)
                || !later.startsAt.isAfter(startsAt)
                || later.startsAt.isAfter(now)) {
            throw InvalidInputException.of("approvedIn", "meeting.minutes.approveAtLaterMeeting");
        }
        minutesApprovedAt = now;
        minutesApprovedIn = later.id;
        if (kept.size() != invitees.size()) {
            throw new IllegalArgumentException("Every invitee is kept, in order");
        }
        invitees.clear();
        invitees.addAll(kept);
    }

    /** Refuses every change to the minutes, attendance and agenda once the minutes are approved. */
    void refuseIfLocked() {
        if (minutesApprovedAt != null) {
            throw new MeetingStateException(Message.of("meeting.minutes.locked"));
        }
    }

    /** The position of the item numbered {@code itemKey}. */
    int positionOf(int itemKey) {
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).itemKey() == itemKey) {
                return i;
            }
        }
        throw new scot.cairn.platform.NotFoundException("Agenda item");
    }

    private Invitee invitee(int position) {
        if (position < 0 || position >= invitees.size()) {
            throw new scot.cairn.platform.NotFoundException("Invitee");
        }
        return invitees.get(position);
    }

    private AgendaItem item(int position) {
        if (position < 0 || position >= agenda.size()) {
            throw new scot.cairn.platform.NotFoundException("Agenda item");
        }
        return agenda.get(position);
    }

    private void refuseIfCancelled() {
        if (cancelled) {
            throw new MeetingStateException(Message.of("meeting.cancelledNoChange"));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    String reference() {
        return "M-" + number;
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

    Long groupId() {
        return groupId;
    }

    long number() {
        return number;
    }

    Long seriesNumber() {
        return seriesNumber;
    }

    String title() {
        return title;
    }

    Instant startsAt() {
        return startsAt;
    }

    Instant endsAt() {
        return endsAt;
    }

    String place() {
        return place;
    }

    String onlineLink() {
        return onlineLink;
    }

    boolean stepFree() {
        return stepFree;
    }

    boolean hearingLoop() {
        return hearingLoop;
    }

    String accessNotes() {
        return accessNotes;
    }

    boolean cancelled() {
        return cancelled;
    }

    int nextItemKey() {
        return nextItemKey;
    }

    Instant packIssuedAt() {
        return packIssuedAt;
    }

    Instant minutesCirculatedAt() {
        return minutesCirculatedAt;
    }

    Instant minutesApprovedAt() {
        return minutesApprovedAt;
    }

    Long minutesApprovedIn() {
        return minutesApprovedIn;
    }

    Set<MinuteDecision> decisions() {
        return Set.copyOf(decisions);
    }

    List<Invitee> invitees() {
        return List.copyOf(invitees);
    }

    List<AgendaItem> agenda() {
        return List.copyOf(agenda);
    }
}
