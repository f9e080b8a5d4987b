package scot.cairn.tendering;

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
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The register of community benefits: kept by the Procurement Representative or a manager, read by members, flagged
 * as required by section 25 when the expected procurement reaches £4 million and the register is empty.
 */
@CairnTest
class BenefitIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    TenderingFixture tendering;

    private ResultActions call(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        request.header("Authorization", users.bearer(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private static Map<String, Object> benefit(String description) {
        var b = new HashMap<String, Object>();
        b.put("category", "RECRUITMENT_AND_TRAINING");
        b.put("description", description);
        b.put("measure", "Care leavers recruited");
        b.put("target", "4 a year");
        b.put("mandatory", true);
        return b;
    }

    @Test
    void sectionTwentyFiveFlagsAnEmptyRegisterFromFourMillionPounds() throws Exception {
        long id = tendering.inPilot();
        String base = "/api/v1/partnerships/" + id + "/community-benefits";
        call(get(base), DemoUsers.DAVID, null)
                .andExpect(jsonPath("$.required").value(false))
                .andExpect(jsonPath("$.missing").value(false));
        var today = LocalDate.now(ZoneId.of("Europe/London"));
        var procurement = new HashMap<String, Object>();
        procurement.put("title", "Foster care");
        procurement.put("estimatedValue", "4000000");
        procurement.put("currency", "GBP");
        procurement.put("cpvCode", "85311300");
        procurement.put("expectedPublication", today.plusMonths(2).toString());
        procurement.put("expectedAward", today.plusMonths(5).toString());
        procurement.put("contractMonths", 48);
        call(put("/api/v1/partnerships/" + id + "/procurement"), DemoUsers.FIONA, procurement)
                .andExpect(status().isOk());
        call(get(base), DemoUsers.DAVID, null)
                .andExpect(jsonPath("$.required").value(true))
                .andExpect(jsonPath("$.missing").value(true));
        mvc.perform(get("/partnerships/" + id + "/tender").with(users.as(DemoUsers.DAVID)))
                .andExpect(content().string(containsString("section 25")));
        call(post(base), DemoUsers.FIONA, benefit("Recruit care leavers")).andExpect(status().isCreated());
        call(get(base), DemoUsers.DAVID, null)
                .andExpect(jsonPath("$.required").value(true))
                .andExpect(jsonPath("$.missing").value(false))
                .andExpect(jsonPath("$.benefits[0].reference").value("CB-1"));
    }

    @Test
    void requirementsAreCheckedChangedWithTheirVersionAndRemoved() throws Exception {
        long id = governance.newPartnership();
        String base = "/api/v1/partnerships/" + id + "/community-benefits";
        var incomplete = benefit(" ");
        incomplete.put("mandatory", null);
        call(post(base), DemoUsers.FIONA, incomplete)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'description')].message")
                        .value("Say what is required"))
                .andExpect(jsonPath("$.errors[?(@.field == 'mandatory')]").exists());
        call(post(base), DemoUsers.DAVID, benefit("Jobs")).andExpect(status().isForbidden());
        var made = call(post(base), DemoUsers.FIONA, benefit("Recruit care leavers"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.reference").value("CB-1"))
                .andReturn();
        int bid = JsonPath.read(made.getResponse().getContentAsString(), "$.id");
        var change = benefit("Recruit care leavers and young carers");
        call(put(base + "/" + bid), DemoUsers.FIONA, change).andExpect(status().is(428));
        change.put("version", 0);
        call(put(base + "/" + bid), DemoUsers.FIONA, change)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        call(delete(base + "/" + bid + "?version=0"), DemoUsers.FIONA, null).andExpect(status().isConflict());
        call(delete(base + "/" + bid + "?version=1"), DemoUsers.FIONA, null).andExpect(status().isNoContent());
        call(get(base), DemoUsers.DAVID, null)
                .andExpect(jsonPath("$.benefits.length()").value(0));
    }

    @Test
    void thePagesAddChangeAndRemoveARequirement() throws Exception {
        long id = governance.newPartnership();
        String page = "/partnerships/" + id + "/tender/benefits";
        mvc.perform(post(page).with(users.as(DemoUsers.FIONA)).with(csrf()).param("description", "Jobs"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the kind of benefit")))
                .andExpect(content().string(containsString("Choose whether it is mandatory or scored")));
        mvc.perform(post(page)
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("category", "SUPPLY_CHAIN")
                        .param("description", "Subcontract respite care to social enterprises")
                        .param("measure", "Value subcontracted")
                        .param("target", "£100,000 a year")
                        .param("mandatory", "false"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(page).with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Subcontract respite care to social enterprises")))
                .andExpect(content().string(containsString("Scored")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Add the requirement"))));
        var list = call(get("/api/v1/partnerships/" + id + "/community-benefits"), DemoUsers.FIONA, null)
                .andReturn()
                .getResponse()
                .getContentAsString();
        int bid = JsonPath.read(list, "$.benefits[0].id");
        mvc.perform(get(page + "/" + bid).with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Change CB-1")));
        mvc.perform(post(page + "/" + bid + "/remove")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
    }
}
