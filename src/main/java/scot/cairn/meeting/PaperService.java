package scot.cairn.meeting;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.governance.GroupView;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.FileType;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;
import scot.cairn.platform.mail.Mail;
import scot.cairn.platform.web.Download;

/**
 * A meeting's papers and its pack. Whoever arranges meetings adds papers (PDF, Word or Excel, told by their content;
 * {@link MeetingLimits#PAPER_MEGABYTES} MB each, {@link MeetingLimits#PACK_BYTES} a meeting) under agenda items, each flagged
 * late when it comes after the group's deadline, and issues the pack before the meeting: invitees in the directory are
 * notified with the meeting as a calendar invitation, guests known only by an email address are emailed. Readers and
 * invited guests download each paper and the whole pack as one PDF.
 */
@Service
public class PaperService {

    private final MeetingService meetings;
    private final PaperStore papers;
    private final GroupSettings settings;
    private final PartnershipScope scope;
    private final MeetingSupport support;
    private final PackPdf packs;
    private final String baseUrl;

    PaperService(
            MeetingService meetings,
            PaperStore papers,
            GroupSettings settings,
            PartnershipScope scope,
            MeetingSupport support,
            PackPdf packs,
            @Value("${cairn.base-url}") String baseUrl) {
        this.meetings = meetings;
        this.papers = papers;
        this.settings = settings;
        this.scope = scope;
        this.support = support;
        this.packs = packs;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** A file as uploaded: its name and bytes, with the title to show (the name without its ending when blank). */
    public record Upload(String title, String fileName, byte[] content) {}

    /**
     * Adds a paper under the agenda item numbered {@code itemKey}, to the meeting as read at {@code seenVersion}.
     *
     * @throws InvalidInputException on {@code file} for an empty, too large or wrongly named file, or a full pack
     */
    @Transactional
    public MeetingView add(long id, long meetingId, Integer seenVersion, int itemKey, Upload upload, CurrentUser user) {
        return meetings.edit(id, meetingId, seenVersion, user, "meeting.audit.paperAdded", m -> {
            if (m.cancelled()) {
                throw new MeetingStateException(Message.of("meeting.cancelledNoChange"));
            }
            m.refuseIfLocked();
            m.positionOf(itemKey);
            var content = upload.content() == null ? new byte[0] : upload.content();
            var name = upload.fileName() == null ? "" : upload.fileName().strip();
            var stem = name.contains(".")
                    ? name.substring(0, name.lastIndexOf('.')).strip()
                    : name;
            var title = MeetingInput.blank(upload.title())
                    ? (stem.isEmpty() ? name : stem)
                    : upload.title().strip();
            if (title.length() > 200) {
                throw InvalidInputException.of("title", "meeting.paper.titleTooLong", 200);
            }
            var type = FileType.check(name, content, MeetingLimits.PAPER_MEGABYTES);
            var held = papers.countAndBytes(m.id());
            MeetingLimits.PAPERS.check("file", (int) held[0] + 1);
            if (held[1] + content.length > MeetingLimits.PACK_BYTES) {
                throw InvalidInputException.of("file", "meeting.paper.packFull", 100);
            }
            var now = support.clock().instant();
            boolean late = PaperDeadline.late(
                    now, m.startsAt(), settings.of(m.groupId()).paperDays());
            papers.add(
                    m.id(), itemKey, title, name, type, content, FileType.sha256(content), now, user.personId(), late);
            return Changes.create()
                    .field("meeting.audit.paper", null, title + " (" + name + ")")
                    .field("meeting.audit.late", null, late ? support.words("meeting.paper.late") : null);
        });
    }

    /** Takes a paper off the agenda, as long as the minutes are not approved. */
    @Transactional
    public MeetingView remove(long id, long meetingId, Integer seenVersion, long paperId, CurrentUser user) {
        return meetings.edit(id, meetingId, seenVersion, user, "meeting.audit.paperRemoved", m -> {
            m.refuseIfLocked();
            var p = papers.find(m.id(), paperId).orElseThrow(() -> new NotFoundException("Paper"));
            papers.remove(p.id());
            return Changes.create().field("meeting.audit.paper", p.title() + " (" + p.fileName() + ")", null);
        });
    }

    /** A paper as it was added, for the meeting's readers and invited guests. */
    @Transactional(readOnly = true)
    public Download paper(long id, long meetingId, long paperId, CurrentUser user) {
        var m = meetings.find(id, meetingId);
        meetings.readAccess(id, m, user);
        var p = papers.find(m.id(), paperId).orElseThrow(() -> new NotFoundException("Paper"));
        return new Download(p.fileName(), p.type().mediaType(), papers.content(p.id()));
    }

    /** The pack as one PDF: the agenda, then each PDF paper, with Word and Excel papers attached to it. */
    @Transactional(readOnly = true)
    public Download pack(long id, long meetingId, CurrentUser user) {
        var m = meetings.find(id, meetingId);
        var access = meetings.readAccess(id, m, user);
        var view = meetings.fullView(access, m);
        var bytes = packs.pack(access.partnership().title(), view, papers::content);
        return new Download("pack-" + id + "-" + view.reference() + ".pdf", "application/pdf", bytes);
    }

    /**
     * Issues the pack (again, when papers were added since): records when, tells the invitees in the directory and
     * emails guests who gave an address, each with the meeting as a calendar invitation.
     *
     * @throws MeetingStateException when the meeting has started or was cancelled
     */
    @Transactional
    public MeetingView issue(long id, long meetingId, Integer seenVersion, CurrentUser user) {
        var issued = meetings.edit(id, meetingId, seenVersion, user, "meeting.audit.packIssued", m -> {
            m.refuseIfLocked();
            m.issuePack(support.clock().instant());
            return Changes.create();
        });
        var m = meetings.find(id, meetingId);
        var title = scope.requireRead(id, user).partnership().title();
        var calendar = new String(invitation(m, title), java.nio.charset.StandardCharsets.UTF_8);
        var people = m.invitees().stream()
                .filter(v -> v.personId() != null && v.personId() != user.personId())
                .map(Invitee::personId)
                .distinct()
                .toList();
        support.events()
                .publishEvent(new PackIssued(
                        id,
                        m.id(),
                        m.reference(),
                        m.title(),
                        user.personId(),
                        people,
                        MeetingService.guestIds(m),
                        m.packIssuedAt(),
                        calendar));
        for (var guest : m.invitees()) {
            if (guest.personId() == null && guest.guestEmail() != null) {
                support.mail().queue(guestMail(m, guest, title, calendar));
            }
        }
        return issued;
    }

    /** The group's deadline for papers, in working days before each meeting, and its version. */
    @Transactional(readOnly = true)
    public PaperDays deadline(long id, long groupId, CurrentUser user) {
        group(id, groupId, user);
        return settings.of(groupId);
    }

    /** Sets the group's deadline (0 to 30 working days), as read at {@code seenVersion}. */
    @Transactional
    public PaperDays setDeadline(long id, long groupId, Integer seenVersion, Integer workingDays, CurrentUser user) {
        scope.requireEdit(id, user, Editors.MEETINGS);
        var group = group(id, groupId, user);
        if (workingDays == null || workingDays < 0 || workingDays > 30) {
            throw InvalidInputException.of("paperDays", "meeting.deadline.range", 0, 30);
        }
        var before = settings.of(groupId).paperDays();
        int version = settings.set(groupId, workingDays, seenVersion);
        support.audit()
                .record(
                        "meeting-group",
                        groupId,
                        id,
                        "meeting.audit.deadline",
                        Changes.create()
                                .note(support.words(group.kind().labelKey()))
                                .field("meeting.audit.paperDays", before, workingDays));
        return new PaperDays(workingDays, version);
    }

    private GroupView group(long id, long groupId, CurrentUser user) {
        return meetings.groups(id, user).stream()
                .filter(g -> g.id() == groupId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Group"));
    }

    /** The meeting as a calendar invitation. */
    byte[] invitation(Meeting m, String partnershipTitle) {
        return MeetingCalendar.write(
                partnershipTitle, List.of(MeetingCalendar.meeting(m, partnershipTitle, baseUrl)), List.of());
    }

    private Mail guestMail(Meeting m, Invitee guest, String partnershipTitle, String calendar) {
        var locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        var paragraphs = new java.util.ArrayList<Message>();
        paragraphs.add(Message.of(
                "meeting.mail.guest.invited",
                partnershipTitle,
                m.title(),
                scot.cairn.platform.Dates.moment(m.startsAt())));
        if (m.place() != null) {
            paragraphs.add(Message.of("meeting.mail.guest.place", m.place()));
        }
        if (m.onlineLink() != null) {
            paragraphs.add(Message.of("meeting.mail.guest.online", m.onlineLink()));
        }
        paragraphs.add(Message.of("meeting.mail.guest.papers"));
        paragraphs.add(Message.of("meeting.mail.guest.calendar"));
        return new Mail(
                        "meeting.mail.guest",
                        guest.guestEmail(),
                        guest.guestName(),
                        locale,
                        Message.of("meeting.mail.guest.subject", m.reference(), m.title()),
                        paragraphs,
                        null,
                        List.of())
                .with(new Mail.Attachment(
                        "invitation.ics",
                        MeetingCalendar.MEDIA_TYPE + "; method=PUBLISH; charset=UTF-8",
                        calendar.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
