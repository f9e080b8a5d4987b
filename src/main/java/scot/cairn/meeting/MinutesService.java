package scot.cairn.meeting;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DecisionStatus;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.platform.Changes;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;

/**
 * A meeting's minutes: the discussion under each agenda item, the decisions taken there (proposed to the decision log,
 * where the board approves them under its joint rule, or linked from it) and the actions agreed
 * ({@link ActionService}). Once the meeting has started, whoever arranges meetings minutes it and circulates the draft
 * to the invitees; a later meeting of the same group approves the minutes, which are then locked with the attendance
 * and agenda. A meeting that is not quorate takes no decisions.
 */
@Service
public class MinutesService {

    /** The subject under which decisions minuted at meetings are proposed to the log. */
    static final String DECISIONS = "meeting-minutes";

    /** The longest discussion minuted under one item. */
    static final int DISCUSSION = 10_000;

    private final MeetingService meetings;
    private final MeetingRepository repository;
    private final DecisionService decisions;
    private final MeetingSupport support;

    MinutesService(
            MeetingService meetings, MeetingRepository repository, DecisionService decisions, MeetingSupport support) {
        this.meetings = meetings;
        this.repository = repository;
        this.decisions = decisions;
        this.support = support;
    }

    /** What a decision taken at the meeting says: its title and wording, and whether both sectors must approve it. */
    public record MinutedDecision(String title, String decision, Boolean joint) {}

    /** Minutes the discussion under the item numbered {@code itemKey}; refused before the meeting starts. */
    @Transactional
    public MeetingView minute(
            long id, long meetingId, Integer seenVersion, int itemKey, String discussion, CurrentUser user) {
        return meetings.edit(id, meetingId, seenVersion, user, "meeting.audit.minuted", m -> {
            started(m);
            if (discussion != null && discussion.strip().length() > DISCUSSION) {
                throw InvalidInputException.of("discussion", "meeting.minutes.tooLong", DISCUSSION);
            }
            var item = m.agenda().get(m.positionOf(itemKey));
            m.minute(itemKey, discussion);
            return Changes.create()
                    .note(item.standing() == null ? item.title() : support.words("meeting.agenda.standing"))
                    .field(
                            "meeting.audit.discussion",
                            item.discussion(),
                            discussion == null || discussion.isBlank() ? null : discussion.strip());
        });
    }

    /**
     * Records a decision the meeting took under the item, proposing it to the decision log for the board's approval.
     *
     * @throws InvalidInputException when the meeting was not quorate (or its attendance is not recorded), or the
     *     decision's words are missing
     */
    @Transactional
    public MeetingView decide(
            long id, long meetingId, Integer seenVersion, int itemKey, MinutedDecision d, CurrentUser user) {
        return meetings.edit(id, meetingId, seenVersion, user, "meeting.audit.decisionMinuted", m -> {
            started(m);
            m.refuseIfLocked();
            m.positionOf(itemKey);
            var access = meetings.readAccess(id, m, user);
            var view = meetings.fullView(access, m);
            if (!view.attendanceRecorded()) {
                throw InvalidInputException.of("", "meeting.minutes.attendanceFirst");
            }
            if (!view.quorate()) {
                throw InvalidInputException.of(
                        "", "meeting.minutes.notQuorate", String.join(" ", view.quorumMissing()));
            }
            var proposed = decisions.proposeFor(
                    id,
                    Editors.MEETINGS,
                    DECISIONS,
                    new DecisionDetails(
                            d.title(),
                            support.words("meeting.minutes.decisionContext", m.reference(), m.title()),
                            null,
                            d.decision(),
                            m.startsAt().atZone(Series.SCOTLAND).toLocalDate(),
                            d.joint() == null ? Boolean.TRUE : d.joint(),
                            null,
                            null,
                            null),
                    user);
            m.minuteDecision(itemKey, proposed.id(), true);
            return Changes.create()
                    .field("meeting.audit.decision", null, proposed.reference() + " " + proposed.title());
        });
    }

    /** Links a decision already in the log to the item, as one the meeting discussed. */
    @Transactional
    public MeetingView link(
            long id, long meetingId, Integer seenVersion, int itemKey, Long decisionId, CurrentUser user) {
        return meetings.edit(id, meetingId, seenVersion, user, "meeting.audit.decisionLinked", m -> {
            started(m);
            m.refuseIfLocked();
            m.positionOf(itemKey);
            if (decisionId == null) {
                throw InvalidInputException.of("decisionId", "meeting.minutes.chooseDecision");
            }
            var found = decisions.decisions(id, List.of(decisionId), user).get(decisionId);
            if (found == null) {
                throw InvalidInputException.of("decisionId", "meeting.minutes.noSuchDecision");
            }
            m.minuteDecision(itemKey, decisionId, false);
            return Changes.create().field("meeting.audit.decision", null, found.reference() + " " + found.title());
        });
    }

    /**
     * Takes a decision off the minutes. One the meeting proposed is withdrawn from the log as well, which is refused
     * once the board has approved it.
     */
    @Transactional
    public MeetingView unlink(long id, long meetingId, Integer seenVersion, long decisionId, CurrentUser user) {
        return meetings.edit(id, meetingId, seenVersion, user, "meeting.audit.decisionUnlinked", m -> {
            var found = decisions.decisions(id, List.of(decisionId), user).get(decisionId);
            var minuted = m.unminuteDecision(decisionId);
            if (minuted.proposed() && found != null && found.status() == DecisionStatus.DRAFT) {
                decisions.withdrawFor(id, Editors.MEETINGS, DECISIONS, decisionId, found.version(), user);
            } else if (minuted.proposed() && found != null && found.status() == DecisionStatus.APPROVED) {
                throw InvalidInputException.of("", "meeting.minutes.decisionApproved", found.reference());
            }
            return Changes.create().field("meeting.audit.decision", found == null ? null : found.reference(), null);
        });
    }

    /** Circulates the draft minutes to the invitees (again, after corrections). */
    @Transactional
    public MeetingView circulate(long id, long meetingId, Integer seenVersion, CurrentUser user) {
        var view = meetings.edit(id, meetingId, seenVersion, user, "meeting.audit.minutesCirculated", m -> {
            m.circulate(support.clock().instant());
            return Changes.create();
        });
        var m = meetings.find(id, meetingId);
        support.events()
                .publishEvent(new MinutesCirculated(
                        id,
                        m.id(),
                        m.reference(),
                        user.personId(),
                        m.invitees().stream()
                                .filter(v -> v.personId() != null && v.personId() != user.personId())
                                .map(Invitee::personId)
                                .distinct()
                                .toList(),
                        MeetingService.guestIds(m),
                        m.minutesCirculatedAt()));
        return view;
    }

    /**
     * Records that the meeting {@code approvedIn}, a later meeting of the same group that has started, approved the
     * circulated minutes; from then on they are locked.
     */
    @Transactional
    public MeetingView approve(long id, long meetingId, Integer seenVersion, Long approvedIn, CurrentUser user) {
        return meetings.edit(id, meetingId, seenVersion, user, "meeting.audit.minutesApproved", m -> {
            if (approvedIn == null) {
                throw InvalidInputException.of("approvedIn", "meeting.minutes.approveAtLaterMeeting");
            }
            support.lock(id);
            var later = repository
                    .findByIdAndPartnershipId(approvedIn, id)
                    .orElseThrow(() -> InvalidInputException.of("approvedIn", "meeting.minutes.approveAtLaterMeeting"));
            // Who was there is kept as the meeting shows them now, so the minutes read the same later.
            var shown = meetings.fullView(meetings.readAccess(id, m, user), m).invitees();
            var invitees = m.invitees();
            var kept = new java.util.ArrayList<Invitee>();
            for (int i = 0; i < invitees.size(); i++) {
                var x = shown.get(i);
                kept.add(invitees.get(i)
                        .kept(
                                x.name(),
                                x.organisationName(),
                                x.sector() == null ? null : x.sector().name(),
                                x.serviceUser()));
            }
            m.approveMinutes(later, support.clock().instant(), kept);
            return Changes.create().field("meeting.audit.approvedAt", null, later.reference() + " " + later.title());
        });
    }

    /** The later meetings of the group that may approve the minutes: started, not cancelled, soonest first. */
    @Transactional(readOnly = true)
    public List<Choice> approvers(long id, long meetingId, CurrentUser user) {
        var m = meetings.find(id, meetingId);
        meetings.readAccess(id, m, user);
        return repository
                .findAllById(repository.laterStarted(
                        m.groupId(), m.id(), support.clock().instant()))
                .stream()
                .sorted(java.util.Comparator.comparing(Meeting::startsAt))
                .map(x -> new Choice(
                        x.id(),
                        x.reference() + " " + x.title() + ", "
                                + scot.cairn.platform.Dates.day(
                                        x.startsAt().atZone(Series.SCOTLAND).toLocalDate())))
                .toList();
    }

    /** A meeting to choose, with its words. */
    public record Choice(long id, String label) {}

    private void started(Meeting m) {
        if (m.startsAt().isAfter(support.clock().instant())) {
            throw new MeetingStateException(Message.of("meeting.minutes.notYet"));
        }
    }
}
