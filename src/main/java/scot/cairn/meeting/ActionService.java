package scot.cairn.meeting;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * Actions agreed at meetings. Whoever arranges meetings ({@link Editors#MEETINGS}) records them, each owned by a
 * person taking part; the owner or an organiser closes them. Open actions come back under the standing item of the
 * group's later meetings, wait on the owner's to-do list, and the overdue ones go into highlight reports.
 */
@Service
public class ActionService {

    static final String SUBJECT = "meeting-action";

    private final ActionRepository actions;
    private final MeetingRepository meetings;
    private final PartnershipScope scope;
    private final MeetingSupport support;

    ActionService(
            ActionRepository actions, MeetingRepository meetings, PartnershipScope scope, MeetingSupport support) {
        this.actions = actions;
        this.meetings = meetings;
        this.scope = scope;
        this.support = support;
    }

    /** The actions agreed at the meeting, by number. */
    @Transactional(readOnly = true)
    public List<ActionView> agreedAt(long id, long meetingId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        meeting(id, meetingId);
        return actions.findByMeetingIdOrderByNumber(meetingId).stream()
                .map(a -> view(access, a))
                .toList();
    }

    /** The open actions of the group's earlier meetings: what "Actions from the last meeting" goes through. */
    @Transactional(readOnly = true)
    public List<ActionView> carriedInto(long id, long meetingId, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var m = meeting(id, meetingId);
        return actions.carriedInto(m.groupId(), meetingId).stream()
                .map(a -> view(access, a))
                .toList();
    }

    /** The partnership's open actions past their due date, most overdue first. */
    @Transactional(readOnly = true)
    public List<ActionView> overdue(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        return actions.overdue(id, support.today()).stream()
                .map(a -> view(access, a))
                .toList();
    }

    /** Records an action agreed at the meeting; refused past {@link MeetingLimits#ACTIONS} for one meeting. */
    @Transactional
    public ActionView agree(long id, long meetingId, ActionDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.MEETINGS);
        var m = meeting(id, meetingId);
        if (m.cancelled()) {
            throw new MeetingStateException(scot.cairn.platform.Message.of("meeting.cancelledNoChange"));
        }
        m.refuseIfLocked();
        if (details.itemKey() != null) {
            m.positionOf(details.itemKey());
        }
        new InvalidInputException.Collector()
                .rejectIf(MeetingInput.blank(details.text()), "text", "meeting.action.textMissing")
                .rejectIf(
                        details.text() != null && details.text().strip().length() > 500,
                        "text",
                        "meeting.action.textTooLong",
                        500)
                .rejectIf(details.ownerId() == null, "ownerId", "meeting.action.ownerMissing")
                .rejectIf(
                        details.ownerId() != null
                                && !access.partnership().participantIds().contains(details.ownerId()),
                        "ownerId",
                        "meeting.action.ownerNotMember")
                .rejectIf(details.due() == null, "due", "meeting.action.dueMissing")
                .throwIfAny();
        support.lock(id);
        MeetingLimits.ACTIONS.check("", (int) actions.countByMeetingId(meetingId) + 1);
        var a = actions.save(MeetingAction.agree(
                id, meetingId, actions.nextNumber(id), details, support.clock().instant()));
        support.audit()
                .record(
                        SUBJECT,
                        a.id(),
                        id,
                        "meeting.audit.actionAgreed",
                        Changes.create()
                                .note(a.reference() + " " + a.text())
                                .field(
                                        "meeting.audit.owner",
                                        null,
                                        access.partnership().namesById().get(a.ownerId()))
                                .field("meeting.audit.due", null, a.due())
                                .field("meeting.audit.meeting", null, m.reference()));
        return view(access, a);
    }

    /** Closes an action as done today, as its owner or whoever arranges meetings. */
    @Transactional
    public ActionView close(long id, long actionId, Integer seenVersion, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var a = actions.findByIdAndPartnershipId(actionId, id).orElseThrow(() -> new NotFoundException("Action"));
        if (!mayClose(access, a)) {
            throw new ForbiddenException("meeting.action.notYours");
        }
        ConcurrentChangeException.check("action", seenVersion, a.version());
        a.close(support.today());
        var saved = actions.save(a);
        support.audit()
                .record(
                        SUBJECT,
                        a.id(),
                        id,
                        "meeting.audit.actionDone",
                        Changes.create()
                                .note(a.reference() + " " + a.text())
                                .field("meeting.audit.doneOn", null, saved.doneOn()));
        return view(access, saved);
    }

    private Meeting meeting(long id, long meetingId) {
        return meetings.findByIdAndPartnershipId(meetingId, id).orElseThrow(() -> new NotFoundException("Meeting"));
    }

    private static boolean mayClose(Access access, MeetingAction a) {
        return access.mayEdit(Editors.MEETINGS)
                || (access.open()
                        && access.participates()
                        && a.ownerId() == access.user().personId());
    }

    private ActionView view(Access access, MeetingAction a) {
        return new ActionView(
                a.id(),
                a.version(),
                a.reference(),
                a.text(),
                a.ownerId(),
                access.partnership().namesById().get(a.ownerId()),
                a.due(),
                a.doneOn(),
                a.overdue(support.today()),
                a.meetingId(),
                a.doneOn() == null && mayClose(access, a),
                a.itemKey());
    }
}
