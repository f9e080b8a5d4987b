package scot.cairn.meeting;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.governance.GroupView;
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
 * The meetings of a partnership's groups. Members read them; the Project Manager, Administrative Support and managers
 * ({@link Editors#MEETINGS}) schedule them (one or a series), invite guests, keep the agenda and record who attended;
 * an invitee who takes part sends their own apologies. Every change carries the version read and is in the
 * partnership's history.
 */
@Service
public class MeetingService {

    static final String SUBJECT = "meeting";

    private final MeetingRepository meetings;
    private final PartnershipScope scope;
    private final MeetingSupport support;
    private final MeetingViews views;
    private final PaperStore papers;
    private final GroupSettings settings;
    private final scot.cairn.governance.DecisionService decisions;

    MeetingService(
            MeetingRepository meetings,
            PartnershipScope scope,
            MeetingSupport support,
            MeetingViews views,
            PaperStore papers,
            GroupSettings settings,
            scot.cairn.governance.DecisionService decisions) {
        this.meetings = meetings;
        this.scope = scope;
        this.support = support;
        this.views = views;
        this.papers = papers;
        this.settings = settings;
        this.decisions = decisions;
    }

    /**
     * Every meeting of the partnership, soonest first; for a guest (invited without being a member), only the
     * meetings that invite them.
     */
    @Transactional(readOnly = true)
    public List<MeetingView> meetings(long id, CurrentUser user) {
        if (!scope.reads(id, user)) {
            var invited = user == null ? List.<Long>of() : meetings.invitingPerson(id, user.personId());
            var access = scope.requireReadOrGuest(id, user, !invited.isEmpty());
            return meetings.findAllById(invited).stream()
                    .sorted(java.util.Comparator.comparing(Meeting::startsAt))
                    .map(m -> view(access, m, List.of()))
                    .toList();
        }
        var access = scope.requireRead(id, user);
        var groups = groups(id, user);
        var days = new java.util.HashMap<Long, Integer>();
        return meetings.findByPartnershipIdOrderByStartsAtAscIdAsc(id).stream()
                .map(m -> views.view(
                        access,
                        m,
                        groups.stream()
                                .filter(g -> g.id() == m.groupId())
                                .findFirst()
                                .orElse(null),
                        MeetingViews.Extras.days(days.computeIfAbsent(
                                m.groupId(), g -> settings.of(g).paperDays()))))
                .toList();
    }

    /**
     * A meeting with its papers and minutes, for its readers and the guests it invites.
     *
     * @throws NotFoundException when the meeting is not this partnership's, or the user may not read it
     */
    @Transactional(readOnly = true)
    public MeetingView meeting(long id, long meetingId, CurrentUser user) {
        var m = find(id, meetingId);
        var access = readAccess(id, m, user);
        return fullView(access, m);
    }

    /**
     * The partnership as the user sees it from its meetings: as a reader, or as a guest of the meeting
     * {@code meetingId} (or of any of its meetings, when null).
     */
    @Transactional(readOnly = true)
    public scot.cairn.partnership.PartnershipView partnership(long id, Long meetingId, CurrentUser user) {
        if (meetingId != null) {
            return readAccess(id, find(id, meetingId), user).partnership();
        }
        boolean invited =
                user != null && !meetings.invitingPerson(id, user.personId()).isEmpty();
        return scope.requireReadOrGuest(id, user, invited).partnership();
    }

    /**
     * What the user may do with the meeting: a reader's access, or a guest's when it invites them as a guest (a member
     * who has left the partnership does not read its meetings as a guest).
     */
    Access readAccess(long id, Meeting m, CurrentUser user) {
        boolean invited = user != null
                && m.invitees().stream()
                        .anyMatch(v -> v.guest() && v.personId() != null && v.personId() == user.personId());
        return scope.requireReadOrGuest(id, user, invited);
    }

    /** The meeting as its page shows it: papers, the minuted decisions (not to guests) and the group's deadline. */
    MeetingView fullView(Access access, Meeting m) {
        boolean reader =
                access.partnership().viewerRole() != null || access.user().administrator();
        var groups = reader ? groups(access.id(), access.user()) : List.<GroupView>of();
        var minuted = reader && !m.decisions().isEmpty()
                ? decisions.decisions(
                        access.id(),
                        m.decisions().stream().map(MinuteDecision::decisionId).toList(),
                        access.user())
                : java.util.Map.<Long, scot.cairn.governance.DecisionView>of();
        var group =
                groups.stream().filter(g -> g.id() == m.groupId()).findFirst().orElse(null);
        var approvedIn = m.minutesApprovedIn() == null
                ? null
                : meetings.findById(m.minutesApprovedIn())
                        .map(x -> x.reference() + " " + x.title())
                        .orElse(null);
        return views.view(
                access,
                m,
                group,
                new MeetingViews.Extras(
                        papers.of(m.id()), minuted, settings.of(m.groupId()).paperDays(), approvedIn));
    }

    /** True when the viewer may arrange meetings. */
    @Transactional(readOnly = true)
    public boolean mayEdit(long id, CurrentUser user) {
        return scope.reads(id, user) && scope.requireRead(id, user).mayEdit(Editors.MEETINGS);
    }

    /** Refuses anyone who may not arrange meetings, so that a form is not shown to someone who could not send it. */
    @Transactional(readOnly = true)
    public void checkMayEdit(long id, CurrentUser user) {
        scope.requireEdit(id, user, Editors.MEETINGS);
    }

    /** The partnership's groups, which meetings belong to. */
    @Transactional(readOnly = true)
    public List<GroupView> groups(long id, CurrentUser user) {
        return support.groups().groups(id, user);
    }

    /**
     * Schedules a meeting of a group, or a series of them, with the group's members invited; refused once the
     * partnership holds {@link MeetingLimits#MEETINGS}.
     *
     * @return the meetings scheduled, soonest first
     */
    @Transactional
    public List<MeetingView> schedule(long id, MeetingDetails details, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.MEETINGS);
        MeetingInput.check(details, true);
        var groups = groups(id, user);
        var group = groups.stream()
                .filter(g -> g.id() == details.groupId())
                .findFirst()
                .orElseThrow(() -> InvalidInputException.of("groupId", "meeting.edit.noSuchGroup"));
        var starts = Series.starts(
                LocalDateTime.of(details.date(), details.starts()),
                details.repeat() == null ? Repeat.ONCE : details.repeat(),
                details.count() == null ? 1 : details.count());
        MeetingLimits.MEETINGS.check("", (int) meetings.countByPartnershipId(id) + starts.size());
        long number = meetings.nextNumber(id);
        Long series = starts.size() > 1 ? number : null;
        var members =
                group.members().stream().map(GroupView.MemberView::personId).toList();
        var standing = support.words("meeting.agenda.standing");
        var scheduled = new ArrayList<MeetingView>();
        for (var start : starts) {
            var m = meetings.save(Meeting.schedule(
                    id,
                    group.id(),
                    number++,
                    series,
                    details,
                    start.toInstant(),
                    // The end on the same day at the time given, as a change computes it, whatever the clocks did.
                    LocalDateTime.of(start.toLocalDate(), details.ends())
                            .atZone(Series.SCOTLAND)
                            .toInstant(),
                    members,
                    standing));
            record(
                    m,
                    id,
                    "meeting.audit.scheduled",
                    Changes.create()
                            .field("meeting.audit.title", null, m.title())
                            .field("meeting.audit.starts", null, start.toLocalDateTime()));
            scheduled.add(view(access, m, groups));
        }
        return scheduled;
    }

    /** Changes a meeting's title, time, place and access arrangements, as read at {@code seenVersion}. */
    @Transactional
    public MeetingView change(long id, long meetingId, Integer seenVersion, MeetingDetails details, CurrentUser user) {
        return edit(id, meetingId, seenVersion, user, "meeting.audit.changed", m -> {
            MeetingInput.check(details, false);
            var start = LocalDateTime.of(details.date(), details.starts()).atZone(Series.SCOTLAND);
            var end = LocalDateTime.of(details.date(), details.ends()).atZone(Series.SCOTLAND);
            m.change(details, start.toInstant(), end.toInstant());
            return Changes.create().field("meeting.audit.starts", null, start.toLocalDateTime());
        });
    }

    @Transactional
    public MeetingView cancel(long id, long meetingId, Integer seenVersion, CurrentUser user) {
        return edit(id, meetingId, seenVersion, user, "meeting.audit.cancelled", m -> {
            m.cancel();
            return Changes.create();
        });
    }

    /**
     * Invites a guest by name, who needs no account. A guest whose email is a person's in the directory is invited as
     * that person, so that, once signed in, they read this meeting (and only the meetings that invite them).
     */
    @Transactional
    public MeetingView invite(long id, long meetingId, Integer seenVersion, GuestDetails guest, CurrentUser user) {
        return edit(id, meetingId, seenVersion, user, "meeting.audit.guestInvited", m -> {
            MeetingInput.check(guest);
            var email = MeetingInput.blank(guest.email()) ? null : guest.email().strip();
            var person = email == null
                    ? null
                    : support.people().findByEmail(email).map(p -> p.id()).orElse(null);
            if (person != null && m.invitees().stream().anyMatch(v -> person.equals(v.personId()))) {
                throw InvalidInputException.of("email", "meeting.guest.alreadyInvited");
            }
            var capacity = MeetingInput.blank(guest.capacity())
                    ? null
                    : guest.capacity().strip();
            // Someone who takes part in the partnership comes as a member: leaving it ends their access as usual.
            m.invite(
                    person != null && scope.memberIds(id).contains(person)
                            ? Invitee.member(person, capacity)
                            : Invitee.guest(person, guest.name().strip(), email, capacity));
            return Changes.create()
                    .field("meeting.audit.guest", null, guest.name().strip());
        });
    }

    /**
     * Records apologies of the invitee at {@code position} (or takes them back): an invitee who takes part sends their
     * own; whoever arranges meetings records anyone's.
     */
    @Transactional
    public MeetingView apologies(
            long id, long meetingId, Integer seenVersion, int position, boolean sent, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var m = find(id, meetingId);
        var invitees = m.invitees();
        if (position < 0 || position >= invitees.size()) {
            throw new NotFoundException("Invitee");
        }
        boolean own = invitees.get(position).personId() != null
                && invitees.get(position).personId() == user.personId()
                && access.participates()
                && access.open()
                && m.startsAt().isAfter(support.clock().instant());
        boolean invitee = invitees.get(position).personId() != null
                && invitees.get(position).personId() == user.personId();
        if (invitee && !own && !access.mayEdit(Editors.MEETINGS) && access.participates()) {
            throw InvalidInputException.of("", "meeting.apologies.started");
        }
        if (!own && !access.mayEdit(Editors.MEETINGS)) {
            throw new ForbiddenException("meeting.apologies.notYours");
        }
        ConcurrentChangeException.check("meeting", seenVersion, m.version());
        m.apologies(position, sent);
        var saved = meetings.save(m);
        record(
                saved,
                id,
                sent ? "meeting.audit.apologies" : "meeting.audit.apologiesWithdrawn",
                Changes.create().field("meeting.audit.invitee", null, name(access, invitees.get(position))));
        return view(access, saved, groups(id, user));
    }

    /** Records who attended: the invitees at {@code present}; refused before the meeting has started. */
    @Transactional
    public MeetingView attendance(
            long id, long meetingId, Integer seenVersion, Set<Integer> present, CurrentUser user) {
        return edit(id, meetingId, seenVersion, user, "meeting.audit.attendance", m -> {
            if (m.startsAt().isAfter(support.clock().instant())) {
                throw InvalidInputException.of("", "meeting.attendance.notYet");
            }
            m.attendance(present == null ? Set.of() : present);
            return Changes.create().field("meeting.audit.present", null, present == null ? 0 : present.size());
        });
    }

    /** Adds an agenda item at the end. */
    @Transactional
    public MeetingView addItem(long id, long meetingId, Integer seenVersion, ItemDetails item, CurrentUser user) {
        return edit(id, meetingId, seenVersion, user, "meeting.audit.itemAdded", m -> {
            MeetingInput.check(item);
            m.addItem(item(id, user, item));
            return Changes.create()
                    .field("meeting.audit.item", null, item.title().strip());
        });
    }

    /** Changes agenda item {@code position} (from 0). */
    @Transactional
    public MeetingView changeItem(
            long id, long meetingId, Integer seenVersion, int position, ItemDetails item, CurrentUser user) {
        return edit(id, meetingId, seenVersion, user, "meeting.audit.itemChanged", m -> {
            MeetingInput.check(item);
            m.changeItem(position, item(id, user, item));
            return Changes.create()
                    .field("meeting.audit.item", null, item.title().strip());
        });
    }

    @Transactional
    public MeetingView removeItem(long id, long meetingId, Integer seenVersion, int position, CurrentUser user) {
        return edit(id, meetingId, seenVersion, user, "meeting.audit.itemRemoved", m -> {
            var item =
                    position >= 0 && position < m.agenda().size() ? m.agenda().get(position) : null;
            var title = item == null ? null : item.title();
            m.removeItem(
                    position,
                    item != null
                            && (papers.anyUnder(m.id(), item.itemKey())
                                    || support.actionsUnder(m.id(), item.itemKey())));
            return Changes.create().field("meeting.audit.item", title, null);
        });
    }

    /** Moves agenda item {@code position} one place up or down; the standing item stays first. */
    @Transactional
    public MeetingView moveItem(
            long id, long meetingId, Integer seenVersion, int position, boolean up, CurrentUser user) {
        return edit(id, meetingId, seenVersion, user, "meeting.audit.itemMoved", m -> {
            m.moveItem(position, up);
            return Changes.create();
        });
    }

    /** A change by whoever arranges meetings, to the meeting as read at {@code seenVersion}. */
    MeetingView edit(
            long id,
            long meetingId,
            Integer seenVersion,
            CurrentUser user,
            String action,
            java.util.function.Function<Meeting, Changes> change) {
        var access = scope.requireEdit(id, user, Editors.MEETINGS);
        var m = find(id, meetingId);
        ConcurrentChangeException.check("meeting", seenVersion, m.version());
        var changes = change.apply(m);
        var saved = meetings.save(m);
        record(saved, id, action, changes);
        return fullView(access, saved);
    }

    private AgendaItem item(long id, CurrentUser user, ItemDetails i) {
        var link = support.links().resolve(scope.requireRead(id, user), i.link(), "link", "meeting.agenda.noSuchLink");
        return new AgendaItem(
                0,
                i.title().strip(),
                MeetingInput.blank(i.presenter()) ? null : i.presenter().strip(),
                i.minutes(),
                null,
                null,
                link == null ? null : link.kind(),
                link == null ? null : link.id());
    }

    /** The records an agenda item may be about, kind by kind, for the person arranging the meeting. */
    @Transactional(readOnly = true)
    public List<LinkChoices> linkChoices(long id, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.MEETINGS);
        return support.links().choices(access).stream()
                .map(k -> new LinkChoices(k.labelKey(), k.records()))
                .toList();
    }

    /** The records of one kind an agenda item may be about; {@code labelKey} names the kind. */
    public record LinkChoices(String labelKey, List<scot.cairn.partnership.Records.Ref> records) {}

    private static String name(Access access, Invitee v) {
        return v.guest() ? v.guestName() : access.partnership().namesById().get(v.personId());
    }

    /** The people invited to the meeting as guests who are in the directory. */
    static List<Long> guestIds(Meeting m) {
        return m.invitees().stream()
                .filter(v -> v.guest() && v.personId() != null)
                .map(Invitee::personId)
                .distinct()
                .toList();
    }

    Meeting find(long id, long meetingId) {
        return meetings.findByIdAndPartnershipId(meetingId, id).orElseThrow(() -> new NotFoundException("Meeting"));
    }

    private MeetingView view(Access access, Meeting m, List<GroupView> groups) {
        var group =
                groups.stream().filter(g -> g.id() == m.groupId()).findFirst().orElse(null);
        return views.view(access, m, group);
    }

    void record(Meeting m, long id, String action, Changes changes) {
        support.audit().record(SUBJECT, m.id(), id, action, changes.note(m.reference() + " " + m.title()));
    }
}
