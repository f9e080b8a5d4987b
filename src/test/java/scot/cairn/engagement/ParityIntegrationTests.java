package scot.cairn.engagement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parity ledger and its report: the providers are the forum's Quarriers and the core partner Falkirk CVS (not
 * the council, which commissions); a paper given to one shows as a gap until remedied or justified; an answer to one
 * provider is a gap until published; bad entries are refused; members read, only communications editors write.
 */
@CairnTest
class ParityIntegrationTests {

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
    EnquiryService enquiries;

    long id;
    String base;
    long quarriers;
    long cvs;
    long council;
    LocalDate today;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        base = "/api/v1/partnerships/" + id + "/parity";
        var fiona = users.current(DemoUsers.FIONA);
        var forum = groups.create(id, GroupKind.INFORMED_PROVIDERS, fiona);
        quarriers = governance.org("Quarriers");
        cvs = governance.org("Falkirk CVS");
        council = governance.org("Falkirk Council");
        groups.addProvider(id, forum.id(), quarriers, fiona);
        today = LocalDate.now(ZoneId.of("Europe/London"));
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        request.header("Authorization", users.bearer(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private Map<String, Object> paper(List<Long> to) {
        return Map.of(
                "kind",
                "PAPER",
                "subject",
                "Draft outcome measures",
                "sharedOn",
                today.toString(),
                "organisationIds",
                to);
    }

    @Test
    void aPaperGivenToOneProviderIsAGapUntilResolved() throws Exception {
        call(get(base), DemoUsers.FIONA, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.providers[*].name", containsInAnyOrder("Quarriers", "Falkirk CVS")));
        call(post(base), DemoUsers.DAVID, paper(List.of(cvs))).andExpect(status().isForbidden());
        call(
                        post(base),
                        DemoUsers.FIONA,
                        Map.of(
                                "kind",
                                "BULLETIN",
                                "subject",
                                " ",
                                "sharedOn",
                                today.plusDays(1).toString(),
                                "organisationIds",
                                List.of(council)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field", containsInAnyOrder("kind", "subject", "sharedOn", "organisationIds")));
        var recorded = call(post(base), DemoUsers.FIONA, paper(List.of(cvs)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.gaps[0].subject").value("Draft outcome measures"))
                .andExpect(jsonPath("$.gaps[0].receivedBy", contains("Falkirk CVS")))
                .andExpect(jsonPath("$.gaps[0].missing", contains("Quarriers")));
        var body = recorded.andReturn().getResponse().getContentAsString();
        int entry = JsonPath.read(body, "$.gaps[0].id");
        int version = JsonPath.read(body, "$.gaps[0].version");
        call(get(base), DemoUsers.DAVID, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gaps.length()").value(1));
        call(post(base + "/" + entry + "/resolve"), DemoUsers.FIONA, Map.of("version", version, "outcome", "REMEDIED"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"));
        call(
                        post(base + "/" + entry + "/resolve"),
                        DemoUsers.FIONA,
                        Map.of("version", version + 1, "outcome", "REMEDIED", "note", "Sent to Quarriers too."))
                .andExpect(status().isConflict());
        call(
                        post(base + "/" + entry + "/resolve"),
                        DemoUsers.FIONA,
                        Map.of("version", version, "outcome", "REMEDIED", "note", "Sent to Quarriers too."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gaps.length()").value(0))
                .andExpect(jsonPath("$.entries[0].outcome").value("REMEDIED"))
                .andExpect(jsonPath("$.entries[0].outcomeBy").value("Fiona Reid"));
        call(
                        post(base + "/" + entry + "/resolve"),
                        DemoUsers.FIONA,
                        Map.of("version", version + 1, "outcome", "JUSTIFIED", "note", "Again"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("already recorded")));
    }

    @Test
    void anAnswerToOneProviderIsAGapUntilPublished() throws Exception {
        var fiona = users.current(DemoUsers.FIONA);
        var e = enquiries.record(
                id, new EnquiryDetails("Morag Kerr", null, quarriers, "Lots?", EnquiryChannel.EMAIL, null), fiona);
        e = enquiries.answer(id, e.id(), e.version(), "Not decided yet.", fiona);
        call(get(base), DemoUsers.FIONA, null)
                .andExpect(jsonPath("$.gaps[0].kind").value("ANSWER"))
                .andExpect(jsonPath("$.gaps[0].missing", contains("Falkirk CVS")));
        enquiries.publish(id, e.id(), e.version(), "Lots?", fiona);
        call(get(base), DemoUsers.FIONA, null)
                .andExpect(jsonPath("$.gaps.length()").value(0))
                .andExpect(jsonPath("$.entries[0].published").value(true));
    }
}
