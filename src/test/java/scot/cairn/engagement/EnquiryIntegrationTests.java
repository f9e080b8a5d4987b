package scot.cairn.engagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.partnership.ToDoService;
import scot.cairn.partnership.WorkKind;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Enquiries: anyone asks through the public page (validated, rate-limited, robots caught by the honeypot, nothing
 * saved on a refusal); Fiona enters one from an email for Quarriers and gives it to David, on whose to-do list it
 * waits; David answers, once, and the answer enters the parity ledger as Quarriers'; Fiona publishes it reworded,
 * and the public page shows the question and answer without who asked. Only communications editors and the assignee
 * read enquiries.
 */
@CairnTest
class EnquiryIntegrationTests {

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
    PublicPageService page;

    @Autowired
    ToDoService todo;

    @Autowired
    JdbcClient jdbc;

    long id;
    String base;
    long quarriers;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        base = "/api/v1/partnerships/" + id + "/enquiries";
        governance.board(id);
        var fiona = users.current(DemoUsers.FIONA);
        var forum = groups.create(id, GroupKind.INFORMED_PROVIDERS, fiona);
        quarriers = governance.org("Quarriers");
        groups.addProvider(id, forum.id(), quarriers, fiona);
    }

    private void publicPageOn() {
        var fiona = users.current(DemoUsers.FIONA);
        var d = decisions.propose(
                id,
                null,
                new DecisionDetails(
                        "Have a public page", "Fairness.", "", "Yes.", LocalDate.now(), true, null, null, null),
                fiona);
        var once = decisions.approve(id, d.id(), d.version(), fiona);
        decisions.approve(id, d.id(), once.version(), users.current(DemoUsers.DAVID));
        page.change(id, 0, true, d.id(), fiona);
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        request.header("Authorization", users.bearer(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private ResultActions ask(String address, Map<String, String> fields) throws Exception {
        var request = post("/public/partnerships/" + id + "/enquiries")
                .with(csrf())
                .with(r -> {
                    r.setRemoteAddr(address);
                    return r;
                });
        fields.forEach(request::param);
        return mvc.perform(request);
    }

    private long enquiries() {
        return jdbc.sql("select count(*) from engagement_enquiry where partnership_id = ?")
                .param(id)
                .query(Long.class)
                .single();
    }

    @Test
    void anyoneAsksThroughThePublicPageWithinLimits() throws Exception {
        ask("10.9.0.1", Map.of("askedBy", "Jo", "question", "When?")).andExpect(status().isNotFound());
        publicPageOn();
        mvc.perform(get("/public/partnerships/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ask us a question")));
        ask("10.9.0.1", Map.of("askedBy", " ", "email", "not an address", "question", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Enter the name of the person who asked")))
                .andExpect(content().string(containsString("Enter an email address like name@example.org")))
                .andExpect(content().string(containsString("Enter the question")));
        ask("10.9.0.1", Map.of("askedBy", "Robot", "question", "Buy now", "website", "http://spam.example"))
                .andExpect(redirectedUrl("/public/partnerships/" + id + "/thanks"));
        assertThat(enquiries()).isZero();
        var fields = new HashMap<String, String>(Map.of(
                "askedBy", "Jo Bloggs",
                "email", "jo@provider.example",
                "organisation", "Small Steps",
                "question", "Will <script>alert(1)</script> lots be split by area?"));
        for (int i = 0; i < EnquiryService.PER_ADDRESS; i++) {
            ask("10.9.0.2", fields).andExpect(redirectedUrl("/public/partnerships/" + id + "/thanks"));
        }
        ask("10.9.0.2", fields)
                .andExpect(status().isTooManyRequests())
                .andExpect(content().string(containsString("Too many questions have been sent from here")));
        assertThat(enquiries()).isEqualTo(EnquiryService.PER_ADDRESS);
        mvc.perform(get("/public/partnerships/" + id + "/thanks"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("We aim to answer within 10 days.")));
        mvc.perform(get("/partnerships/" + id + "/enquiries").with(r -> r)).andExpect(status().is3xxRedirection());
        call(get(base), DemoUsers.FIONA, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enquiries[0].channel").value("PUBLIC_FORM"))
                .andExpect(jsonPath("$.enquiries[0].question").value(containsString("<script>")));
    }

    @Test
    void anEnquiryIsAssignedAnsweredOnceLedgeredAndPublishedWithoutWhoAsked() throws Exception {
        publicPageOn();
        call(post(base), DemoUsers.DAVID, Map.of("askedBy", "Morag", "question", "Q", "channel", "EMAIL"))
                .andExpect(status().isForbidden());
        call(post(base), DemoUsers.FIONA, Map.of("askedBy", "Morag", "question", "Q", "channel", "PUBLIC_FORM"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        var made = call(
                        post(base),
                        DemoUsers.FIONA,
                        Map.of(
                                "askedBy", "Morag Kerr",
                                "email", "morag@quarriers.example",
                                "organisationId", quarriers,
                                "question", "Morag here: will carers' travel be in the price?",
                                "channel", "EMAIL"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisation").value("Quarriers"))
                .andExpect(jsonPath("$.dueOn").isNotEmpty());
        int eid = JsonPath.read(made.andReturn().getResponse().getContentAsString(), "$.id");
        int version = JsonPath.read(made.andReturn().getResponse().getContentAsString(), "$.version");
        call(get(base + "/" + eid), DemoUsers.DAVID, null).andExpect(status().isForbidden());
        long david = users.current(DemoUsers.DAVID).personId();
        var assigned = call(
                        post(base + "/" + eid + "/assign"),
                        DemoUsers.FIONA,
                        Map.of("version", version, "assigneeId", david, "organisationId", quarriers))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.assignee").value("David Kerr"));
        version = JsonPath.read(assigned.andReturn().getResponse().getContentAsString(), "$.version");
        assertThat(todo.forPartnership(id, users.current(DemoUsers.DAVID)).waitingOnYou())
                .anySatisfy(item -> {
                    assertThat(item.kind()).isEqualTo(WorkKind.ENQUIRY);
                    assertThat(item.href()).isEqualTo("/partnerships/" + id + "/enquiries/" + eid);
                });
        call(post(base + "/" + eid + "/publish"), DemoUsers.FIONA, Map.of("version", version, "words", "Q"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Only an answered enquiry can be published"));
        var answered = call(
                        post(base + "/" + eid + "/answer"),
                        DemoUsers.DAVID,
                        Map.of("version", version, "words", "Yes: travel is part of the price."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answeredBy").value("David Kerr"));
        version = JsonPath.read(answered.andReturn().getResponse().getContentAsString(), "$.version");
        call(post(base + "/" + eid + "/answer"), DemoUsers.FIONA, Map.of("version", version, "words", "Again"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("This enquiry is already answered"));
        assertThat(jdbc.sql("""
                        select w.organisation_id from engagement_shared s
                          join engagement_shared_with w on w.shared_id = s.id
                         where s.kind = 'ANSWER' and s.source_id = ? and s.published = false
                        """).param(eid).query(Long.class).list()).containsExactly(quarriers);
        mvc.perform(get("/public/partnerships/" + id))
                .andExpect(content().string(not(containsString("travel is part of the price"))));
        call(post(base + "/" + eid + "/publish"), DemoUsers.DAVID, Map.of("version", version, "words", "Q"))
                .andExpect(status().isForbidden());
        call(
                        post(base + "/" + eid + "/publish"),
                        DemoUsers.FIONA,
                        Map.of("version", version, "words", "Will carers' travel be in the price?"))
                .andExpect(status().isOk());
        mvc.perform(get("/public/partnerships/" + id))
                .andExpect(content().string(containsString("Will carers&#39; travel be in the price?")))
                .andExpect(content().string(containsString("Yes: travel is part of the price.")))
                .andExpect(content().string(not(containsString("Morag"))))
                .andExpect(content().string(not(containsString("quarriers.example"))));
        assertThat(jdbc.sql("select published from engagement_shared where kind = 'ANSWER' and source_id = ?")
                        .param(eid)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
