package scot.cairn.partnership.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.directory.OrganisationService;
import scot.cairn.directory.PersonService;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.MemberAdded;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.mail.MailOutbox;
import scot.cairn.platform.mail.MailStatus;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.MailLinks;
import scot.cairn.support.Requests;
import scot.cairn.support.TestMail;
import scot.cairn.support.Unique;

/**
 * {@code POST /api/v1/partnerships/{id}/invitations}: a new person gets an email, someone who already signs in is
 * added and announced with {@link MemberAdded}, and a member, a non-manager or a closed partnership is refused.
 */
@CairnTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvitationApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    OrganisationService organisations;

    @Autowired
    PersonService people;

    @Autowired
    MailOutbox outbox;

    @Autowired
    ApplicationEvents events;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    scot.cairn.identity.AccountAdministration administration;

    Requests requests;
    scot.cairn.identity.TestAccounts accounts;

    @BeforeAll
    void setUp() {
        TestMail.server();
        requests = new Requests(mvc, users);
        accounts = new scot.cairn.identity.TestAccounts(users, administration);
    }

    @Test
    void aNewPersonIsInvitedByEmailAndListedAtOnce() throws Exception {
        long id = start();
        String email = "api.invitee." + Unique.suffix() + "@test.example";
        requests.api(HttpMethod.POST, url(id), DemoUsers.FIONA, body("Api Invitee", email, "OBSERVER"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/v1/partnerships/" + id + "/members"))
                .andExpect(jsonPath("$.email").value(email))
                .andExpect(jsonPath("$.role").value("OBSERVER"))
                .andExpect(jsonPath("$.invitationSent").value(true))
                .andExpect(jsonPath("$.expiresAt").isNotEmpty());
        requests.get("/api/v1/partnerships/" + id + "/members", DemoUsers.FIONA)
                .andExpect(jsonPath("$[?(@.email == '" + email + "')].role")
                        .value(org.hamcrest.Matchers.hasItem("OBSERVER")));
        assertThat(MailLinks.path(MailLinks.latest(email, 1), "/invitations/")).startsWith("/invitations/");
        assertThat(events.stream(MemberAdded.class)).isEmpty();
    }

    @Test
    void whenTheMailServerIsDownTheInvitationSucceedsAndItsEmailWaitsForIt() throws Exception {
        long id = start();
        String email = "down." + Unique.suffix() + "@test.example";
        TestMail.server().stop();
        try {
            requests.api(HttpMethod.POST, url(id), DemoUsers.FIONA, body("Mail Down", email, "MEMBER"))
                    .andExpect(status().isCreated());
            outbox.sendDue();
            var waiting = outbox.to(email, 1).get(0);
            assertThat(waiting.status()).isEqualTo(MailStatus.WAITING);
            assertThat(waiting.attempts()).isPositive();
            assertThat(partnerships.get(id, users.current(DemoUsers.FIONA)).members())
                    .anyMatch(m -> email.equals(m.email()));
        } finally {
            TestMail.server().start();
        }
        // The next try, brought forward from its back-off, delivers it.
        jdbc.sql("update platform_mail set next_attempt_at = ? where recipient = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now()), email)
                .update();
        assertThat(MailLinks.path(MailLinks.latest(email, 1), "/invitations/")).startsWith("/invitations/");
    }

    @Test
    void someoneWhoAlreadySignsInIsAddedAndAnnouncedWithoutAnEmail() throws Exception {
        long id = start();
        // Someone of the test's own, as a demo person's partnerships are what other tests count.
        var existing = accounts.register("Existing Account", false);
        requests.api(HttpMethod.POST, url(id), DemoUsers.FIONA, body("Another Name", existing.email(), "MEMBER"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fullName").value(existing.fullName()))
                .andExpect(jsonPath("$.invitationSent").value(false))
                .andExpect(jsonPath("$.expiresAt").doesNotExist());
        long fiona = users.current(DemoUsers.FIONA).personId();
        assertThat(events.stream(MemberAdded.class))
                .containsExactly(new MemberAdded(id, existing.id(), MemberRole.MEMBER, fiona));
        // No invitation; the notice of being added may come, from the event, as it does for every member added.
        assertThat(outbox.to(existing.email(), 5)).noneMatch(m -> m.kind().startsWith("identity.mail.invitation"));

        requests.api(HttpMethod.POST, url(id), DemoUsers.FIONA, body("Again", existing.email(), "OBSERVER"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(existing.email()
                                + " is already in this partnership. Change their role in the list instead."));
        assertThat(partnerships.get(id, users.current(DemoUsers.FIONA)).members())
                .anyMatch(m -> m.personId() == existing.id() && m.role() == MemberRole.MEMBER);
    }

    @Test
    void addingAMemberTheOrdinaryWayIsAnnouncedToo() throws Exception {
        long id = start();
        var someone = accounts.register("Ordinary Addition", false);
        String members = "/api/v1/partnerships/" + id + "/members";
        requests.api(
                        HttpMethod.PUT,
                        members,
                        DemoUsers.FIONA,
                        "{\"email\":\"" + someone.email() + "\",\"role\":\"OBSERVER\"}")
                .andExpect(status().isOk());
        requests.api(
                        HttpMethod.PUT,
                        members,
                        DemoUsers.FIONA,
                        "{\"email\":\"" + someone.email() + "\",\"role\":\"MEMBER\"}")
                .andExpect(status().isOk());
        assertThat(events.stream(MemberAdded.class))
                .containsExactly(new MemberAdded(
                        id,
                        someone.id(),
                        MemberRole.OBSERVER,
                        users.current(DemoUsers.FIONA).personId()));
    }

    @Test
    void nonManagersOutsidersAndClosedPartnershipsAreRefused() throws Exception {
        long id = start();
        String email = "refused." + Unique.suffix() + "@test.example";
        requests.api(HttpMethod.POST, url(id), DemoUsers.IAIN, body("No One", email, "MEMBER"))
                .andExpect(status().isNotFound());
        long fosterCare = partnerships.mine(users.current(DemoUsers.DAVID)).stream()
                .filter(p -> p.title().equals("Falkirk foster care provision"))
                .findFirst()
                .orElseThrow()
                .id();
        requests.api(HttpMethod.POST, url(fosterCare), DemoUsers.DAVID, body("No One", email, "MEMBER"))
                .andExpect(status().isForbidden());
        long closed = partnerships.mine(users.current(DemoUsers.MORVEN)).get(0).id();
        requests.api(HttpMethod.POST, url(closed), DemoUsers.MORVEN, body("No One", email, "MEMBER"))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("This partnership is closed")));
        requests.api(HttpMethod.POST, url(id), DemoUsers.FIONA, "{\"name\":\"No Role\",\"email\":\"" + email + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        assertThat(people.findByEmail(email)).isEmpty();
        assertThat(outbox.to(email, 1)).isEmpty();
    }

    private long start() {
        long council = organisations.search("Falkirk Council").get(0).id();
        return partnerships
                .start(
                        new PartnershipDetails(
                                Unique.name("Invitations"), Market.CHILDREN_AND_FAMILIES, "Falkirk", "Aims", council),
                        users.current(DemoUsers.FIONA))
                .id();
    }

    private static String url(long id) {
        return "/api/v1/partnerships/" + id + "/invitations";
    }

    private static String body(String name, String email, String role) {
        return "{\"name\":\"" + name + "\",\"email\":\"" + email + "\",\"role\":\"" + role + "\"}";
    }
}
