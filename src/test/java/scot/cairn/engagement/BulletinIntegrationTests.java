package scot.cairn.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.directory.PersonDetails;
import scot.cairn.directory.PersonService;
import scot.cairn.directory.PersonSummary;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.platform.mail.MailOutbox;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bulletin from draft to sent: Fiona (Project Manager's editors) writes it; David (member) may not; both board
 * members approve the very words sent; it is sent once, emailed to the forum's contacts, enters the parity ledger and
 * is published on the public page once the board's decision turned that on. The public page shows nothing else.
 */
@CairnTest
class BulletinIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    GroupService groups;

    @Autowired
    DecisionService decisions;

    @Autowired
    PersonService people;

    @Autowired
    MailOutbox outbox;

    @Autowired
    JdbcClient jdbc;

    long id;
    String base;
    PersonSummary contact;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        base = "/api/v1/partnerships/" + id;
        governance.board(id);
        var fiona = users.current(DemoUsers.FIONA);
        var forum = groups.groups(id, fiona).stream()
                .filter(g -> g.kind() == GroupKind.INFORMED_PROVIDERS)
                .findFirst()
                .orElseGet(() -> groups.create(id, GroupKind.INFORMED_PROVIDERS, fiona));
        long quarriers = governance.org("Quarriers");
        groups.addProvider(id, forum.id(), quarriers, fiona);
        var made = new AtomicReference<PersonSummary>();
        users.runAsAdmin(() -> made.set(people.create(new PersonDetails(
                "Contact " + Unique.suffix(), Unique.suffix() + "@quarriers.example", "Manager", quarriers))));
        contact = made.get();
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        request.header("Authorization", users.bearer(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private static <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }

    private long approvedDecision() {
        var fiona = users.current(DemoUsers.FIONA);
        var d = decisions.propose(
                id,
                null,
                new DecisionDetails(
                        "Have a public page",
                        "Fairness to providers.",
                        "",
                        "Yes.",
                        LocalDate.now(),
                        true,
                        null,
                        null,
                        null),
                fiona);
        var once = decisions.approve(id, d.id(), d.version(), fiona);
        return decisions
                .approve(id, d.id(), once.version(), users.current(DemoUsers.DAVID))
                .id();
    }

    @Test
    void aBulletinIsApprovedJointlySentOnceEmailedLedgeredAndPublished() throws Exception {
        call(post(base + "/bulletins"), DemoUsers.DAVID, Map.of("title", "News", "body", "Words"))
                .andExpect(status().isForbidden());
        call(post(base + "/bulletins"), DemoUsers.FIONA, Map.of("title", " ", "body", ""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
        var made = call(
                        post(base + "/bulletins"),
                        DemoUsers.FIONA,
                        Map.of(
                                "title",
                                "Timetable <b>update</b>",
                                "body",
                                "The pilot starts in May.\n\nAsk us anything."))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"));
        int bid = read(made, "$.id");
        int version = read(made, "$.version");
        call(post(base + "/bulletins/" + bid + "/send"), DemoUsers.FIONA, Map.of("version", version))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("only once the board has approved it")));
        var once = call(post(base + "/bulletins/" + bid + "/approve"), DemoUsers.FIONA, Map.of("version", version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"));
        version = read(once, "$.version");
        call(
                        put(base + "/bulletins/" + bid),
                        DemoUsers.FIONA,
                        Map.of("version", version, "title", "Changed", "body", "Other words"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("Only a draft nobody has approved")));
        call(post(base + "/bulletins/" + bid + "/approve"), DemoUsers.FIONA, Map.of("version", version))
                .andExpect(status().isBadRequest());
        var twice = call(post(base + "/bulletins/" + bid + "/approve"), DemoUsers.DAVID, Map.of("version", version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        version = read(twice, "$.version");
        call(post(base + "/bulletins/" + bid + "/send"), DemoUsers.FIONA, Map.of("version", version - 1))
                .andExpect(status().isConflict());
        call(post(base + "/bulletins/" + bid + "/send"), DemoUsers.DAVID, Map.of("version", version))
                .andExpect(status().isForbidden());
        var sent = call(post(base + "/bulletins/" + bid + "/send"), DemoUsers.FIONA, Map.of("version", version))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SENT"));
        version = read(sent, "$.version");
        call(post(base + "/bulletins/" + bid + "/send"), DemoUsers.FIONA, Map.of("version", version))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("already been sent")));

        await().atMost(WAIT).until(() -> !outbox.to(contact.email(), 5).isEmpty());
        var mail = outbox.to(contact.email(), 5).get(0);
        assertThat(mail.subject()).contains("Timetable <b>update</b>");
        assertThat(mail.textBody()).contains("The pilot starts in May.").contains("Ask us anything.");
        assertThat(mail.htmlBody()).doesNotContain("<b>update</b>");
        assertThat(outbox.to(contact.email(), 5)).hasSize(1);

        long shared = jdbc.sql("""
                        select count(*) from engagement_shared s join engagement_shared_with w on w.shared_id = s.id
                         where s.partnership_id = ? and s.kind = 'BULLETIN' and s.source_id = ?
                        """).params(id, bid).query(Long.class).single();
        assertThat(shared).as("the forum's organisation and the partners").isGreaterThanOrEqualTo(2);
    }

    @Test
    void thePublicPageIsOffUntilTheBoardAgreesAndShowsOnlyWhatWasPublished() throws Exception {
        mvc.perform(get("/public/partnerships/" + id)).andExpect(status().isNotFound());
        call(put(base + "/public-page"), DemoUsers.FIONA, Map.of("version", 0, "enabled", true))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("decisionId"));
        long decision = approvedDecision();
        call(put(base + "/public-page"), DemoUsers.DAVID, Map.of("version", 0, "enabled", true, "decisionId", decision))
                .andExpect(status().isForbidden());
        call(put(base + "/public-page"), DemoUsers.FIONA, Map.of("version", 0, "enabled", true, "decisionId", decision))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.decision", containsString("Have a public page")));
        call(post(base + "/bulletins"), DemoUsers.FIONA, Map.of("title", "Draft not for anyone", "body", "Secret"))
                .andExpect(status().isCreated());
        mvc.perform(get("/public/partnerships/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Try out governance.")))
                .andExpect(content().string(not(containsString("Draft not for anyone"))))
                .andExpect(content().string(not(containsString("David"))))
                .andExpect(content().string(not(containsString("@"))));
        call(put(base + "/public-page"), DemoUsers.FIONA, Map.of("version", 0, "enabled", false))
                .andExpect(status().isConflict());
        call(put(base + "/public-page"), DemoUsers.FIONA, Map.of("version", 1, "enabled", false))
                .andExpect(status().isOk());
        mvc.perform(get("/public/partnerships/" + id)).andExpect(status().isNotFound());
    }
}
