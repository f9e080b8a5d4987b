package scot.cairn.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DecisionStatus;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.identity.CurrentUser;
import scot.cairn.notification.NoticeKind;
import scot.cairn.notification.NotificationService;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.PdfText;

/** Fiona arranges the board's meetings (Fiona public sector, David third sector); Sam is outside the partnership. */
@CairnTest
class PapersAndMinutesIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    DemoUsers users;

    @Autowired
    scot.cairn.meeting.MeetingFixture fixture;

    @Autowired
    MeetingService meetings;

    @Autowired
    PaperService papers;

    @Autowired
    MinutesService minutes;

    @Autowired
    ActionService actions;

    @Autowired
    DecisionService decisions;

    @Autowired
    NotificationService notifications;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    long id;
    long board;
    CurrentUser fiona;
    CurrentUser david;
    CurrentUser sam;
    LocalDate today;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        board = governance.board(id);
        fiona = users.current(DemoUsers.FIONA);
        david = users.current(DemoUsers.DAVID);
        sam = users.current(DemoUsers.SAM);
        today = LocalDate.now(ZoneId.of("Europe/London"));
    }

    MeetingView meeting(LocalDate date) {
        return fixture.board(id, board, date);
    }

    @Autowired
    scot.cairn.partnership.MembershipService membership;

    @Autowired
    scot.cairn.governance.GroupService groups;

    /** Sam, a carer, sits on the board, so that its meetings invite the service-user seat. */
    void carerOnBoard() {
        membership.setMember(id, DemoUsers.SAM, scot.cairn.partnership.MemberRole.MEMBER, fiona);
        groups.addMember(id, board, scot.cairn.governance.MemberDetails.of(DemoUsers.SAM, true), fiona);
    }

    MeetingView withItem(MeetingView m, String title) {
        return meetings.addItem(id, m.id(), m.version(), new ItemDetails(title, "Fiona", 20), fiona);
    }

    static byte[] pdf(String words) throws IOException {
        try (var doc = new PDDocument()) {
            var page = new PDPage();
            doc.addPage(page);
            try (var text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText(words);
                text.endText();
            }
            var out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx() throws IOException {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument()) {
            doc.createParagraph().createRun().setText("Staffing options");
            var out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    static byte[] xlsx() throws IOException {
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            book.createSheet("Budget").createRow(0).createCell(0).setCellValue("Cost");
            var out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void papersAreCheckedByContentFlaggedWhenLateAndTheWholePackIsOnePdf() throws IOException {
        var m = withItem(meeting(today.plusDays(30)), "Pilot budget");
        int item = m.agenda().get(1).itemKey();
        var one = papers.add(
                id,
                m.id(),
                m.version(),
                item,
                new PaperService.Upload("", "Budget.pdf", pdf("Budget paper page")),
                fiona);
        assertThat(one.papers()).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Budget");
            assertThat(p.late()).isFalse();
            assertThat(p.type()).isEqualTo("PDF");
        });
        var two = papers.add(
                id, m.id(), one.version(), item, new PaperService.Upload("Staffing", "Staffing.docx", docx()), fiona);
        var three = papers.add(
                id, m.id(), two.version(), item, new PaperService.Upload("Costs", "Costs.xlsx", xlsx()), fiona);

        assertThatThrownBy(() -> papers.add(
                        id, m.id(), three.version(), item, new PaperService.Upload("", "Sneaky.pdf", docx()), fiona))
                .as("a Word document named as a PDF")
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.fieldErrors().get("file").key()).isEqualTo("platform.file.notWhatItSays");
                });
        assertThatThrownBy(() -> papers.add(
                        id,
                        m.id(),
                        three.version(),
                        item,
                        new PaperService.Upload("", "notes.txt", "hello".getBytes()),
                        fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("file").key()).isEqualTo("platform.file.type"));
        assertThatThrownBy(() -> papers.add(
                        id,
                        m.id(),
                        three.version(),
                        item,
                        new PaperService.Upload("", "Huge.pdf", new byte[21 * 1024 * 1024]),
                        fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("file").key()).isEqualTo("platform.file.tooLarge"));
        assertThatThrownBy(() -> papers.add(
                        id, m.id(), one.version(), item, new PaperService.Upload("", "Budget.pdf", pdf("x")), fiona))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> papers.add(
                        id, m.id(), three.version(), item, new PaperService.Upload("", "B.pdf", pdf("x")), david))
                .isInstanceOf(scot.cairn.platform.ForbiddenException.class);
        assertThat(meetings.meeting(id, m.id(), fiona).papers()).hasSize(3);

        var pack = papers.pack(id, m.id(), david);
        assertThat(pack.contentType()).isEqualTo("application/pdf");
        var text = PdfText.of(pack.content());
        assertThat(text)
                .contains("Agenda: M-1 Board", "Pilot budget", "Budget paper page", "Attached to this PDF as a file.");
        try (var doc = Loader.loadPDF(pack.content())) {
            var attached =
                    doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            assertThat(attached.values())
                    .extracting(f -> f.getFilename())
                    .containsExactlyInAnyOrder("Staffing.docx", "Costs.xlsx");
            assertThat(doc.getDocumentCatalog().getDocumentOutline().children())
                    .extracting(o -> o.getTitle())
                    .containsExactly("M-1 Board", "Budget");
        }
        var download = papers.paper(id, m.id(), three.papers().get(1).id(), david);
        assertThat(download.fileName()).isEqualTo("Staffing.docx");

        // Two days before the meeting is after a five-working-day deadline: the paper is taken, and flagged.
        var soon = withItem(meeting(today.plusDays(2)), "Late item");
        var late = papers.add(
                id,
                soon.id(),
                soon.version(),
                soon.agenda().get(1).itemKey(),
                new PaperService.Upload("Late paper", "late.pdf", pdf("Late")),
                fiona);
        assertThat(late.papers())
                .singleElement()
                .satisfies(p -> assertThat(p.late()).isTrue());
        assertThat(PdfText.of(papers.pack(id, soon.id(), fiona).content())).contains("Late: added on");
        assertThatThrownBy(() -> meetings.removeItem(id, soon.id(), late.version(), 1, fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("").key()).isEqualTo("meeting.agenda.itemInUse"));
        var removed = papers.remove(
                id, soon.id(), late.version(), late.papers().get(0).id(), fiona);
        assertThat(removed.papers()).isEmpty();
        assertThat(audit.forPartnership(id))
                .extracting(e -> e.action())
                .contains("meeting.audit.paperAdded", "meeting.audit.paperRemoved");
    }

    @Test
    void issuingThePackTellsTheInviteesWithACalendarInvitationButNotOnceTheMeetingHasStarted() {
        var past = meeting(today.minusDays(1));
        assertThatThrownBy(() -> papers.issue(id, past.id(), past.version(), fiona))
                .isInstanceOfSatisfying(
                        MeetingStateException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("meeting.pack.meetingStarted"));

        var next = meeting(today.plusDays(10));
        var guest = meetings.invite(
                id, next.id(), next.version(), new GuestDetails("Alex Dunn", "alex@union.example", "Union"), fiona);
        var issued = papers.issue(id, next.id(), guest.version(), fiona);
        assertThat(issued.packIssuedAt()).isNotNull();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> notifications.inbox(david, 1).notices().stream()
                        .anyMatch(n -> n.kind() == NoticeKind.MEETING_PACK
                                && n.href().equals("/partnerships/" + id + "/meetings/" + next.id())));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> jdbc.sql("select count(*) from platform_mail where recipient = ? and attachment_name"
                                        + " = 'invitation.ics'")
                                .param(DemoUsers.DAVID)
                                .query(Long.class)
                                .single()
                        > 0);
        var guestMail = jdbc.sql("select attachment from platform_mail where recipient = 'alex@union.example'")
                .query((rs, n) -> new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8))
                .single();
        assertThat(guestMail).contains("BEGIN:VEVENT", "cairn-meeting-" + next.id() + "@cairn");
    }

    @Test
    void minutesTakeDecisionsOnlyWhenQuorateAndAreLockedOnceALaterMeetingApprovesThem() {
        carerOnBoard();
        var m = withItem(meeting(today.minusDays(14)), "Pilot budget");
        int item = m.agenda().get(1).itemKey();
        var decision = new MinutesService.MinutedDecision("Approve the pilot budget", "The budget is approved.", true);
        assertThatThrownBy(() -> minutes.decide(id, m.id(), m.version(), item, decision, fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("").key()).isEqualTo("meeting.minutes.attendanceFirst"));
        int fionaAt = position(m, fiona);
        var onlyFiona = meetings.attendance(id, m.id(), m.version(), Set.of(fionaAt), fiona);
        assertThatThrownBy(() -> minutes.decide(id, m.id(), onlyFiona.version(), item, decision, fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("").key()).isEqualTo("meeting.minutes.notQuorate"));
        var quorate = meetings.attendance(id, m.id(), onlyFiona.version(), Set.of(fionaAt, position(m, david)), fiona);

        var minuted = minutes.minute(id, m.id(), quorate.version(), item, "The budget was discussed.", fiona);
        var decided = minutes.decide(id, m.id(), minuted.version(), item, decision, fiona);
        var d = decided.agenda().get(1).decisions().get(0);
        assertThat(d.proposed()).isTrue();
        assertThat(d.status()).isEqualTo("DRAFT");
        var logged = decisions.decision(id, d.id(), fiona);
        assertThat(logged.joint()).isTrue();
        assertThat(logged.status()).isEqualTo(DecisionStatus.DRAFT);
        var action = actions.agree(
                id, m.id(), new ActionDetails("Send the budget to the forum", david.personId(), today, item), fiona);
        assertThat(action.itemKey()).isEqualTo(item);
        assertThatThrownBy(() -> actions.agree(
                        id,
                        m.id(),
                        new ActionDetails(
                                "Do it", users.current(DemoUsers.MORVEN).personId(), today, item),
                        fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("ownerId").key())
                                .isEqualTo("meeting.action.ownerNotMember"));

        assertThatThrownBy(() -> minutes.approve(id, m.id(), decided.version(), m.id(), fiona))
                .isInstanceOfSatisfying(
                        MeetingStateException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("meeting.minutes.notCirculated"));
        var circulated = minutes.circulate(id, m.id(), decided.version(), fiona);
        assertThat(circulated.minutesCirculatedAt()).isNotNull();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> notifications.inbox(david, 1).notices().stream()
                        .anyMatch(n -> n.kind() == NoticeKind.MINUTES_CIRCULATED));

        var changed =
                minutes.minute(id, m.id(), circulated.version(), item, "The budget was discussed at length.", fiona);
        assertThat(changed.minutesCirculatedAt())
                .as("a change after circulation is circulated again")
                .isNull();
        assertThatThrownBy(() -> minutes.approve(id, m.id(), changed.version(), m.id(), fiona))
                .isInstanceOf(MeetingStateException.class);
        var again = minutes.circulate(id, m.id(), changed.version(), fiona);

        var future = meeting(today.plusDays(14));
        assertThatThrownBy(() -> minutes.approve(id, m.id(), again.version(), future.id(), fiona))
                .as("a meeting that has not taken place")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("approvedIn").key())
                                .isEqualTo("meeting.minutes.approveAtLaterMeeting"));
        var later = meeting(today.minusDays(1));
        assertThat(minutes.approvers(id, m.id(), fiona))
                .extracting(MinutesService.Choice::id)
                .containsExactly(later.id());
        var approved = minutes.approve(id, m.id(), again.version(), later.id(), fiona);
        assertThat(approved.locked()).isTrue();
        assertThat(approved.minutesApprovedIn()).isEqualTo(later.id());
        assertThat(approved.mayEdit()).isFalse();

        assertThatThrownBy(() -> minutes.minute(id, m.id(), approved.version(), item, "Changed later.", fiona))
                .isInstanceOfSatisfying(
                        MeetingStateException.class,
                        e -> assertThat(e.reason().key()).isEqualTo("meeting.minutes.locked"));
        assertThatThrownBy(() -> meetings.attendance(id, m.id(), approved.version(), Set.of(fionaAt), fiona))
                .isInstanceOf(MeetingStateException.class);
        assertThatThrownBy(() ->
                        actions.agree(id, m.id(), new ActionDetails("More", david.personId(), today, item), fiona))
                .isInstanceOf(MeetingStateException.class);
        assertThat(meetings.meeting(id, m.id(), fiona).agenda().get(1).discussion())
                .isEqualTo("The budget was discussed at length.");
        assertThatThrownBy(() -> meetings.apologies(id, m.id(), approved.version(), fionaAt, true, fiona))
                .isInstanceOf(MeetingStateException.class);
        assertThatThrownBy(() -> meetings.invite(
                        id, m.id(), approved.version(), new GuestDetails("Late guest", null, null), fiona))
                .isInstanceOf(MeetingStateException.class);
        // The carer leaves the partnership: the approved minutes still show her seat, and the meeting as quorate.
        membership.removeMember(id, sam.personId(), true, fiona);
        var later2 = meetings.meeting(id, m.id(), fiona);
        assertThat(later2.quorate()).isTrue();
        assertThat(later2.invitees())
                .filteredOn(MeetingView.InviteeView::serviceUser)
                .singleElement()
                .satisfies(v -> assertThat(v.name()).isEqualTo("Sam Taylor"));
        assertThat(meetings.meeting(id, future.id(), fiona).invitees())
                .as("a meeting whose minutes are not approved shows today's seats")
                .noneMatch(MeetingView.InviteeView::serviceUser);
        assertThat(audit.forPartnership(id))
                .extracting(e -> e.action())
                .contains(
                        "meeting.audit.minuted",
                        "meeting.audit.decisionMinuted",
                        "meeting.audit.minutesCirculated",
                        "meeting.audit.minutesApproved");
    }

    @Test
    void aDecisionProposedInTheMinutesIsWithdrawnWhenTakenOffAndALinkedOneStaysInTheLog() {
        carerOnBoard();
        var m = withItem(meeting(today.minusDays(7)), "Budget");
        int item = m.agenda().get(1).itemKey();
        var quorate =
                meetings.attendance(id, m.id(), m.version(), Set.of(position(m, fiona), position(m, david)), fiona);
        var decided = minutes.decide(
                id,
                m.id(),
                quorate.version(),
                item,
                new MinutesService.MinutedDecision("Hire a coordinator", "A coordinator is hired.", false),
                fiona);
        long proposed = decided.agenda().get(1).decisions().get(0).id();
        assertThatThrownBy(() -> minutes.decide(
                        id, m.id(), decided.version(), item, new MinutesService.MinutedDecision(" ", " ", true), fiona))
                .as("the decision log's own rules")
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("title"));
        var other = decisions.propose(
                id,
                null,
                new scot.cairn.governance.DecisionDetails(
                        "Use the council's venue", "Rooms", null, "Agreed.", today, false, null, null, null),
                fiona);
        var linked = minutes.link(id, m.id(), decided.version(), item, other.id(), fiona);
        assertThatThrownBy(() -> minutes.link(id, m.id(), linked.version(), item, other.id(), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("decisionId").key())
                                .isEqualTo("meeting.minutes.decisionTwice"));
        var off = minutes.unlink(id, m.id(), linked.version(), proposed, fiona);
        assertThat(decisions.decision(id, proposed, fiona).status()).isEqualTo(DecisionStatus.WITHDRAWN);
        var offToo = minutes.unlink(id, m.id(), off.version(), other.id(), fiona);
        assertThat(decisions.decision(id, other.id(), fiona).status()).isEqualTo(DecisionStatus.DRAFT);
        assertThat(offToo.agenda().get(1).decisions()).isEmpty();
    }

    @Test
    void aGuestWithAnAccountReadsOnlyTheMeetingsThatInviteThem() {
        var invited = meeting(today.plusDays(7));
        var other = meeting(today.plusDays(14));
        assertThatThrownBy(() -> meetings.meeting(id, invited.id(), sam)).isInstanceOf(NotFoundException.class);
        meetings.invite(
                id, invited.id(), invited.version(), new GuestDetails("Sam Taylor", DemoUsers.SAM, "Carer"), fiona);
        var seen = meetings.meeting(id, invited.id(), sam);
        assertThat(seen.guestView()).isTrue();
        assertThat(seen.invitees())
                .filteredOn(MeetingView.InviteeView::guest)
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.personId()).isEqualTo(sam.personId());
                    assertThat(g.guestEmail()).as("shown only to organisers").isNull();
                });
        assertThat(meetings.meeting(id, invited.id(), fiona).invitees())
                .filteredOn(MeetingView.InviteeView::guest)
                .singleElement()
                .satisfies(g -> assertThat(g.guestEmail()).isEqualTo(DemoUsers.SAM));
        assertThat(seen.mayEdit()).isFalse();
        assertThat(meetings.meetings(id, sam)).extracting(MeetingView::id).containsExactly(invited.id());
        assertThatThrownBy(() -> meetings.meeting(id, other.id(), sam)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> partnerships.get(id, sam)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> actions.agreedAt(id, invited.id(), sam)).isInstanceOf(NotFoundException.class);
        assertThat(papers.pack(id, invited.id(), sam).content()).isNotEmpty();
        assertThatThrownBy(() -> meetings.invite(
                        id,
                        invited.id(),
                        meetings.meeting(id, invited.id(), fiona).version(),
                        new GuestDetails("Sam again", DemoUsers.SAM, null),
                        fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("email").key()).isEqualTo("meeting.guest.alreadyInvited"));
    }

    @Test
    void someoneWhoTakesPartIsInvitedAsAMemberSoLeavingEndsTheirAccess() {
        var m = meeting(today.plusDays(7));
        membership.setMember(id, DemoUsers.SAM, scot.cairn.partnership.MemberRole.MEMBER, fiona);
        var invited =
                meetings.invite(id, m.id(), m.version(), new GuestDetails("Sam Taylor", DemoUsers.SAM, "Carer"), fiona);
        assertThat(invited.invitees())
                .filteredOn(v -> v.personId() != null && v.personId() == sam.personId())
                .singleElement()
                .satisfies(v -> assertThat(v.guest()).isFalse());
        membership.removeMember(id, sam.personId(), true, fiona);
        assertThatThrownBy(() -> meetings.meeting(id, m.id(), sam)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAgendaItemIsAboutARecordOfThePartnershipAndOnlyOfThisOne() {
        var m = meeting(today.plusDays(7));
        var d = decisions.propose(
                id,
                null,
                new scot.cairn.governance.DecisionDetails(
                        "Extend the pilot",
                        "The pilot ends soon.",
                        null,
                        "Extend by six months.",
                        today,
                        true,
                        null,
                        null,
                        null),
                fiona);
        assertThat(meetings.linkChoices(id, fiona))
                .anySatisfy(k -> assertThat(k.records())
                        .extracting(scot.cairn.partnership.Records.Ref::value)
                        .contains("DECISION:" + d.id()));
        var with = meetings.addItem(
                id, m.id(), m.version(), new ItemDetails("Extension", null, 15, "DECISION:" + d.id()), fiona);
        assertThat(with.agenda().get(1).link()).satisfies(l -> {
            assertThat(l.label()).isEqualTo(d.reference() + " Extend the pilot");
            assertThat(l.href()).isEqualTo("/partnerships/" + id + "/governance/decisions/" + d.id());
        });
        long other = governance.newPartnership();
        var elsewhere = decisions.propose(
                other,
                null,
                new scot.cairn.governance.DecisionDetails(
                        "Elsewhere", "Another partnership.", null, "No.", today, false, null, null, null),
                fiona);
        for (var bad : java.util.List.of("DECISION:" + elsewhere.id(), "RISK:x", "NOTHING:1")) {
            assertThatThrownBy(() -> meetings.addItem(
                            id, m.id(), with.version(), new ItemDetails("Bad", null, null, bad), fiona))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors().get("link").key()).isEqualTo("meeting.agenda.noSuchLink"));
        }
        meetings.invite(id, m.id(), with.version(), new GuestDetails("Sam Taylor", DemoUsers.SAM, null), fiona);
        assertThat(meetings.meeting(id, m.id(), sam).agenda().get(1).link())
                .as("a guest reads no decision log")
                .isNull();
    }

    static int position(MeetingView m, CurrentUser who) {
        return m.invitees().stream()
                .filter(v -> v.personId() != null && v.personId() == who.personId())
                .findFirst()
                .orElseThrow()
                .position();
    }
}
