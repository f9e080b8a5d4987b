package scot.cairn.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.directory.PersonSummary;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.governance.MemberDetails;
import scot.cairn.identity.AccountAdministration;
import scot.cairn.identity.CurrentUser;
import scot.cairn.identity.LanguagePreference;
import scot.cairn.identity.TestAccounts;
import scot.cairn.outcome.OutcomeFixtures;
import scot.cairn.outcome.Period;
import scot.cairn.outcome.SignoffService;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.platform.mail.MailOutbox;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.TestMail;

@CairnTest
class NotificationIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    OutcomeFixtures outcomes;

    @Autowired
    AccountAdministration administration;

    @Autowired
    MembershipService membership;

    @Autowired
    GroupService groups;

    @Autowired
    SignoffService signoffs;

    @Autowired
    scot.cairn.partnership.GateService gates;

    @Autowired
    NotificationService notifications;

    @Autowired
    PreferenceService preferences;

    @Autowired
    LanguagePreference languages;

    @Autowired
    EmailLinks links;

    @Autowired
    DigestJob digests;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void smtp() {
        TestMail.server();
    }

    /** A partnership (David an analyst on the board, Sam an observer) with someone new on its board too. */
    record Board(long partnershipId, PersonSummary person, CurrentUser user) {}

    private Board newBoardMember() {
        long id = outcomes.partnership();
        var fiona = users.current(DemoUsers.FIONA);
        var person = new TestAccounts(users, administration).register("Board Member", false);
        // Being added is told too; these tests are about what follows, so it comes without email.
        preferences.save(users.current(person.email()), 0, Map.of(NoticeKind.MEMBER_ADDED, Frequency.NEVER));
        membership.setMember(id, person.email(), MemberRole.MEMBER, fiona);
        long board = groups.groups(id, fiona).stream()
                .filter(g -> g.kind() == GroupKind.BOARD)
                .findFirst()
                .orElseThrow()
                .id();
        groups.addMember(id, board, MemberDetails.of(person.email(), true), fiona);
        var user = users.current(person.email());
        await().atMost(WAIT)
                .until(() -> notifications.inbox(user, 1).notices().stream()
                        .anyMatch(n -> n.partnershipId() == id && n.kind() == NoticeKind.MEMBER_ADDED));
        return new Board(id, person, user);
    }

    private void davidSubmits(long partnershipId) {
        signoffs.submit(partnershipId, Period.parse("2026-Q3").orElseThrow(), users.current(DemoUsers.DAVID));
    }

    private List<NoticeView> notices(CurrentUser user, long partnershipId) {
        return notifications.inbox(user, 1).notices().stream()
                .filter(n -> n.partnershipId() == partnershipId && n.kind() != NoticeKind.MEMBER_ADDED)
                .toList();
    }

    private long noticesOf(String email, long partnershipId) {
        return jdbc.sql("select count(*) from notification_notice where person_id = ? and partnership_id = ?"
                        + " and kind <> 'MEMBER_ADDED'")
                .params(users.current(email).personId(), partnershipId)
                .query(Long.class)
                .single();
    }

    @Test
    void submittedFiguresAreToldToTheBoardMembersWhoMayApproveThemByEmailInTheirLanguage() throws Exception {
        var board = newBoardMember();
        languages.choose(board.person().id(), Locale.forLanguageTag("cy"));

        davidSubmits(board.partnershipId());

        await().atMost(WAIT)
                .until(() -> !notices(board.user(), board.partnershipId()).isEmpty());
        var notice = notices(board.user(), board.partnershipId()).get(0);
        assertThat(notice.kind()).isEqualTo(NoticeKind.PERIOD_SUBMITTED);
        assertThat(notice.href()).endsWith("/outcomes/measurements?period=2026-Q3");
        await().atMost(WAIT).until(() -> noticesOf(DemoUsers.FIONA, board.partnershipId()) == 1);
        assertThat(noticesOf(DemoUsers.SAM, board.partnershipId()))
                .as("an observer approves nothing")
                .isZero();
        assertThat(noticesOf(DemoUsers.DAVID, board.partnershipId()))
                .as("who submitted knows")
                .isZero();

        await().atMost(WAIT).until(() -> !TestMail.to(board.person().email()).isEmpty());
        var mail = TestMail.to(board.person().email()).get(0);
        assertThat(mail.getSubject()).isEqualTo("Cairn: Ffigurau i’r bwrdd eu cymeradwyo");
        String text = TestMail.part(mail, "text/plain");
        assertThat(text)
                .contains("yn aros i’r bwrdd eu cymeradwyo")
                .contains("/partnerships/" + board.partnershipId() + "/outcomes/measurements?period=2026-Q3")
                .contains(
                        "/notifications/email/" + links.tokenFor(board.person().id()) + "?kind=PERIOD_SUBMITTED");
        assertThat(TestMail.part(mail, "text/html")).contains("lang=\"cy\"");
    }

    @Test
    void theInboxShowsTheNotificationAndTheHeaderCountsItUntilItIsRead() throws Exception {
        var board = newBoardMember();
        davidSubmits(board.partnershipId());
        await().atMost(WAIT)
                .until(() -> !notices(board.user(), board.partnershipId()).isEmpty());
        long id = notices(board.user(), board.partnershipId()).get(0).id();

        mvc.perform(get("/notifications").with(users.as(board.person().email())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("the figures for 2026-Q3 wait for the board’s approval")));
        mvc.perform(get("/partnerships").with(users.as(board.person().email())))
                .andExpect(content().string(containsString("class=\"cairn-count\"")));

        mvc.perform(post("/notifications/{id}/read", id)
                        .with(users.as(board.person().email()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(notices(board.user(), board.partnershipId()).get(0).read()).isTrue();
        mvc.perform(post("/notifications/read")
                        .with(users.as(board.person().email()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(notifications.unread(board.user())).isZero();
        mvc.perform(get("/partnerships").with(users.as(board.person().email())))
                .andExpect(content().string(not(containsString("class=\"cairn-count\""))));
        mvc.perform(post("/notifications/{id}/read", id)
                        .with(users.as(DemoUsers.SAM))
                        .with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void noEmailWhenThePersonChoseNoneAndOneDailyEmailWhenTheyChoseTheDigest() throws Exception {
        var quiet = newBoardMember();
        preferences.save(quiet.user(), 1, Map.of(NoticeKind.PERIOD_SUBMITTED, Frequency.NEVER));
        davidSubmits(quiet.partnershipId());
        await().atMost(WAIT)
                .until(() -> !notices(quiet.user(), quiet.partnershipId()).isEmpty());
        assertThat(outbox.to(quiet.person().email(), 10)).isEmpty();

        var daily = newBoardMember();
        preferences.save(daily.user(), 1, Map.of(NoticeKind.PERIOD_SUBMITTED, Frequency.DAILY));
        davidSubmits(daily.partnershipId());
        await().atMost(WAIT)
                .until(() -> !notices(daily.user(), daily.partnershipId()).isEmpty());
        assertThat(outbox.to(daily.person().email(), 10)).isEmpty();

        digests.send();
        digests.send();
        var sent = outbox.to(daily.person().email(), 10);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).kind()).isEqualTo(NoticeMail.DIGEST);
        assertThat(sent.get(0).textBody()).contains("the figures for 2026-Q3 wait for the board’s approval");
        await().atMost(WAIT).until(() -> !TestMail.to(daily.person().email()).isEmpty());
        var mail = TestMail.to(daily.person().email());
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).getSubject()).isEqualTo("Cairn: 1 thing in your partnerships today");
        assertThat(TestMail.part(mail.get(0), "text/html")).contains("<li", "/outcomes/measurements?period=2026-Q3");
    }

    @Test
    void someoneWhoLeftIsNotToldAboutThePartnershipAnyMore() {
        var leaver = newBoardMember();
        preferences.save(leaver.user(), 1, Map.of(NoticeKind.PERIOD_SUBMITTED, Frequency.DAILY));
        davidSubmits(leaver.partnershipId());
        await().atMost(WAIT)
                .until(() -> !notices(leaver.user(), leaver.partnershipId()).isEmpty());

        membership.removeMember(leaver.partnershipId(), leaver.person().id(), true, users.current(DemoUsers.FIONA));

        await().atMost(WAIT)
                .until(() -> notices(leaver.user(), leaver.partnershipId()).isEmpty());
        digests.send();
        assertThat(outbox.to(leaver.person().email(), 10)).isEmpty();
    }

    @Test
    void theLinkInAnEmailChangesTheChoiceWithoutSigningIn() throws Exception {
        var board = newBoardMember();
        String token = links.tokenFor(board.person().id());

        mvc.perform(get("/notifications/email/{token}", token).param("kind", "PERIOD_SUBMITTED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"PERIOD_SUBMITTED\"")))
                .andExpect(content().string(not(containsString("name=\"DECISION_APPROVED\""))));
        mvc.perform(post("/notifications/email/{token}", token)
                        .param("PERIOD_SUBMITTED", "NEVER")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(preferences.of(board.person().id()).of(NoticeKind.PERIOD_SUBMITTED))
                .isEqualTo(Frequency.NEVER);

        mvc.perform(get("/notifications/email/{token}", "not-a-token")).andExpect(status().isNotFound());
        String someoneElse = (board.person().id() + 1) + token.substring(token.indexOf('.'));
        mvc.perform(get("/notifications/email/{token}", someoneElse)).andExpect(status().isNotFound());
        mvc.perform(post("/notifications/email/{token}", token)
                        .param("PERIOD_SUBMITTED", "LOUDLY")
                        .with(csrf()))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("“LOUDLY” is not one of the choices")));
        assertThat(preferences.of(board.person().id()).of(NoticeKind.PERIOD_SUBMITTED))
                .isEqualTo(Frequency.NEVER);
    }

    @Test
    void theApiListsNotificationsAndChangesChoicesOnlyWithTheVersionRead() throws Exception {
        var board = newBoardMember();
        davidSubmits(board.partnershipId());
        await().atMost(WAIT)
                .until(() -> !notices(board.user(), board.partnershipId()).isEmpty());
        String bearer = users.bearer(board.person().email());

        mvc.perform(get("/api/v1/me/notifications").header("Authorization", bearer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unread").value((int) notifications.unread(board.user())))
                .andExpect(jsonPath("$.notifications[0].kind").value("PERIOD_SUBMITTED"))
                .andExpect(jsonPath("$.notifications[0].text").value(containsString("wait for the board’s approval")));

        String change = "{\"choices\": {\"STAGE_ADVANCED\": \"NEVER\"}}";
        mvc.perform(put("/api/v1/me/notification-preferences")
                        .header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(change))
                .andExpect(status().isPreconditionRequired());
        mvc.perform(put("/api/v1/me/notification-preferences")
                        .header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 1, \"choices\": {\"STAGE_ADVANCED\": \"NEVER\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.choices.STAGE_ADVANCED").value("NEVER"));
        mvc.perform(put("/api/v1/me/notification-preferences")
                        .header("Authorization", bearer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 1, \"choices\": {\"STAGE_ADVANCED\": \"DAILY\"}}"))
                .andExpect(status().isConflict());
    }

    @Test
    void onlyAdministratorsReadTheOutbox() throws Exception {
        var board = newBoardMember();
        davidSubmits(board.partnershipId());
        await().atMost(WAIT).until(() -> !outbox.to(board.person().email(), 1).isEmpty());
        long mailId = outbox.to(board.person().email(), 1).get(0).id();

        mvc.perform(get("/outbox").with(users.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(board.person().email())));
        mvc.perform(get("/outbox/{id}", mailId).with(users.as(DemoUsers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("wait for the board’s approval")));
        mvc.perform(get("/outbox").with(users.as(DemoUsers.FIONA))).andExpect(status().isForbidden());
    }

    @Test
    void aGateApprovedByOneSectorIsToldToTheOtherBoardMembersAndTheManagers() {
        long id = outcomes.partnership();
        gates.approve(id, users.current(DemoUsers.DAVID));

        await().atMost(WAIT).until(() -> noticesOf(DemoUsers.FIONA, id) == 1);
        var notice = notices(users.current(DemoUsers.FIONA), id).get(0);
        assertThat(notice.kind()).isEqualTo(NoticeKind.GATE_APPROVAL);
        assertThat(notice.href()).isEqualTo("/partnerships/" + id + "/gate");
        assertThat(noticesOf(DemoUsers.DAVID, id)).isZero();
        assertThat(noticesOf(DemoUsers.SAM, id)).isZero();
    }

    @Test
    void someoneAddedToAPartnershipIsToldWhereTheyNowBelong() {
        long id = outcomes.plainPartnership();
        var person = new TestAccounts(users, administration).register("Newcomer", false);
        membership.setMember(id, person.email(), MemberRole.OBSERVER, users.current(DemoUsers.FIONA));
        var user = users.current(person.email());

        await().atMost(WAIT).until(() -> !notifications.inbox(user, 1).notices().isEmpty());
        var notice = notifications.inbox(user, 1).notices().get(0);
        assertThat(notice.kind()).isEqualTo(NoticeKind.MEMBER_ADDED);
        assertThat(notice.href()).isEqualTo("/partnerships/" + id);
        await().atMost(WAIT).until(() -> !TestMail.to(person.email()).isEmpty());
        assertThat(TestMail.part(TestMail.to(person.email()).get(0), "text/plain"))
                .contains("You are now an observer of ");
    }
}
