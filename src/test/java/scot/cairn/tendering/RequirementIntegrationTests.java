package scot.cairn.tendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requirements traced to evidence both ways: each requirement's evidence, each record's requirements, and the
 * records no requirement uses; a requirement with no evidence is flagged; evidence must be the partnership's own.
 */
@CairnTest
class RequirementIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    DecisionService decisions;

    private ResultActions call(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        request.header("Authorization", users.bearer(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private long decision(long id, String title) {
        return decisions
                .propose(
                        id,
                        null,
                        new DecisionDetails(
                                title, "Why", "Options", "Decision", LocalDate.now(), false, null, null, null),
                        users.current(DemoUsers.FIONA))
                .id();
    }

    private static Map<String, Object> requirement(String section, String text, List<String> evidence) {
        var r = new HashMap<String, Object>();
        r.put("section", section);
        r.put("text", text);
        r.put("evidence", evidence);
        return r;
    }

    @Test
    void requirementsAndEvidenceAreTracedBothWaysAndTheUnevidencedFlagged() throws Exception {
        long id = governance.newPartnership();
        long stable = decision(id, "Keep placements stable");
        long respite = decision(id, "Offer respite every quarter");
        long unused = decision(id, "Hold a second workshop");
        String base = "/api/v1/partnerships/" + id + "/requirements";
        call(
                        post(base),
                        DemoUsers.FIONA,
                        requirement("OUTCOMES", "Placements last a year", List.of("DECISION:" + stable)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value("SR-1"));
        call(
                        post(base),
                        DemoUsers.FIONA,
                        requirement(
                                "SERVICE",
                                "Respite four times a year",
                                List.of("DECISION:" + respite, "DECISION:" + stable)))
                .andExpect(status().isCreated());
        call(post(base), DemoUsers.FIONA, requirement("PRICING", "A fixed price per placement", List.of()))
                .andExpect(status().isCreated());

        var t = call(get(base), DemoUsers.DAVID, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unevidenced").value(1))
                .andExpect(jsonPath("$.requirements[0].section").value("SERVICE"))
                .andExpect(jsonPath("$.requirements[1].reference").value("SR-1"))
                .andExpect(jsonPath("$.requirements[2].unevidenced").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> usedBy = JsonPath.read(t, "$.used[?(@.evidence.id == " + stable + ")].requirements[*]");
        assertThat(usedBy).containsExactlyInAnyOrder("SR-1", "SR-2");
        List<Integer> unusedIds = JsonPath.read(t, "$.unused[*].records[*].id");
        assertThat(unusedIds).contains((int) unused).doesNotContain((int) stable, (int) respite);

        mvc.perform(get("/partnerships/" + id + "/tender/traceability").with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hold a second workshop")))
                .andExpect(content().string(containsString("SR-1, SR-2")))
                .andExpect(content().string(containsString("One requirement rests on no evidence yet.")));
    }

    @Test
    void aRequirementNeedsASectionWordsAndThePartnershipsOwnEvidence() throws Exception {
        long id = governance.newPartnership();
        long other = governance.newPartnership();
        long elsewhere = decision(other, "Another partnership's decision");
        String base = "/api/v1/partnerships/" + id + "/requirements";
        call(post(base), DemoUsers.FIONA, requirement(null, " ", List.of()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'section')].message")
                        .value("Choose the section of the specification the requirement belongs to"))
                .andExpect(jsonPath("$.errors[?(@.field == 'text')]").exists());
        call(post(base), DemoUsers.FIONA, requirement("SERVICE", "Words", List.of("DECISION:" + elsewhere)))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[0].message").value("Choose evidence from this partnership’s own records"));
        call(post(base), DemoUsers.FIONA, requirement("SERVICE", "Words", List.of("NOTHING:1")))
                .andExpect(status().isBadRequest());
        call(get(base), DemoUsers.FIONA, null)
                .andExpect(jsonPath("$.requirements.length()").value(0));
        call(post(base), DemoUsers.DAVID, requirement("SERVICE", "Words", List.of()))
                .andExpect(status().isForbidden());

        var made = call(post(base), DemoUsers.FIONA, requirement("SERVICE", "Words", List.of()))
                .andExpect(status().isCreated())
                .andReturn();
        int rid = JsonPath.read(made.getResponse().getContentAsString(), "$.id");
        mvc.perform(get("/partnerships/" + id + "/tender/requirements/" + rid).with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isForbidden());
        var noEvidence = requirement("QUALITY_AND_STAFFING", "Better words", null);
        noEvidence.put("version", 0);
        call(put(base + "/" + rid), DemoUsers.FIONA, noEvidence)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("evidence"));
        var change = requirement("QUALITY_AND_STAFFING", "Better words", List.of());
        call(put(base + "/" + rid), DemoUsers.FIONA, change).andExpect(status().is(428));
        change.put("version", 0);
        call(put(base + "/" + rid), DemoUsers.FIONA, change)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.section").value("QUALITY_AND_STAFFING"));
        call(delete(base + "/" + rid + "?version=1"), DemoUsers.FIONA, null).andExpect(status().isNoContent());
    }

    @Test
    void thePageWritesARequirementWithItsEvidence() throws Exception {
        long id = governance.newPartnership();
        long stable = decision(id, "Keep placements stable");
        String page = "/partnerships/" + id + "/tender/requirements";
        mvc.perform(get(page).with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"DECISION:" + stable + "\"")));
        mvc.perform(post(page).with(users.as(DemoUsers.FIONA)).with(csrf()).param("text", "Words"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the section of the specification")));
        mvc.perform(post(page)
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("section", "OUTCOMES")
                        .param("text", "Placements last a year")
                        .param("evidence", "DECISION:" + stable))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Placements last a year")))
                .andExpect(content().string(containsString("Keep placements stable")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Add the requirement"))));
    }
}
