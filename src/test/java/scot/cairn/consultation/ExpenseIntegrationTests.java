package scot.cairn.consultation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Participants' expenses: David (Workstream Lead, so he runs consultations) records claims; Fiona (manager) approves
 * them within the budget; nobody approves their own claim; other members see nothing.
 */
@CairnTest
class ExpenseIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    ConsultationService consultations;

    @Autowired
    MembershipService membership;

    long id;
    long cid;
    String base;
    LocalDate today;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        var fiona = users.current(DemoUsers.FIONA);
        governance
                .roles()
                .assign(
                        id,
                        new scot.cairn.governance.AssignmentDetails(
                                scot.cairn.partnership.Role.WORKSTREAM_LEAD,
                                DemoUsers.DAVID,
                                new java.math.BigDecimal("2")),
                        fiona);
        membership.setMember(id, DemoUsers.SAM, MemberRole.MEMBER, fiona);
        today = LocalDate.now(ZoneId.of("Europe/London"));
        cid = consultations
                .create(
                        id,
                        new ConsultationDetails(
                                "Carers", null, null, java.util.Set.of(), null, today.plusDays(5), null, false),
                        fiona)
                .id();
        base = "/api/v1/partnerships/" + id + "/consultations/" + cid + "/expenses";
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        request.header("Authorization", users.bearer(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private Map<String, Object> claim(String amount) {
        var c = new HashMap<String, Object>();
        c.put("claimant", "Ann Brodie");
        c.put("kind", "TRAVEL");
        c.put("amount", amount);
        c.put("incurredOn", today.toString());
        c.put("note", "Bus to the workshop");
        return c;
    }

    private long record(String who, String amount) throws Exception {
        var made = call(post(base), who, claim(amount))
                .andExpect(status().isCreated())
                .andReturn();
        return ((Number) JsonPath.read(made.getResponse().getContentAsString(), "$.id")).longValue();
    }

    @Test
    void claimsAreApprovedByAnotherManagerWithinTheBudget() throws Exception {
        long bus = record(DemoUsers.DAVID, "12.50");
        long taxi = record(DemoUsers.DAVID, "40");
        long own = record(DemoUsers.FIONA, "5");
        call(post(base + "/" + bus + "/decision"), DemoUsers.FIONA, Map.of("version", 0, "approve", true))
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[0].message").value("Set the consultation’s budget before approving claims"));
        call(put(base + "/budget"), DemoUsers.DAVID, Map.of("version", 0, "budget", "50"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.left").value(50.0));
        call(post(base + "/" + bus + "/decision"), DemoUsers.DAVID, Map.of("version", 0, "approve", true))
                .andExpect(status().isForbidden());
        call(post(base + "/" + bus + "/decision"), DemoUsers.FIONA, Map.of("version", 0, "approve", true))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.decidedBy").value("Fiona Reid"));
        call(post(base + "/" + taxi + "/decision"), DemoUsers.FIONA, Map.of("version", 0, "approve", true))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Approving this would take approved claims to £52.50, over the budget of £50.00"));
        call(post(base + "/" + taxi + "/decision"), DemoUsers.FIONA, Map.of("version", 0, "approve", false))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        call(
                        post(base + "/" + taxi + "/decision"),
                        DemoUsers.FIONA,
                        Map.of("version", 0, "approve", false, "reason", "A bus was running"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUSED"));
        call(post(base + "/" + own + "/decision"), DemoUsers.FIONA, Map.of("version", 0, "approve", true))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("You recorded this claim")));
        call(post(base + "/" + bus + "/decision"), DemoUsers.FIONA, Map.of("version", 1, "approve", true))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("This claim has already been decided"));
        call(put(base + "/budget"), DemoUsers.DAVID, Map.of("version", 1, "budget", "10"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("budget"));
        call(get(base), DemoUsers.DAVID, null)
                .andExpect(jsonPath("$.approved").value(12.5))
                .andExpect(jsonPath("$.waiting").value(5.0))
                .andExpect(jsonPath("$.left").value(37.5));
    }

    @Test
    void badClaimsAreRefusedByFieldAndOtherMembersSeeNothing() throws Exception {
        var bad = claim("-3");
        bad.put("claimant", " ");
        bad.put("kind", null);
        bad.put("incurredOn", today.plusDays(1).toString());
        call(post(base), DemoUsers.DAVID, bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(4));
        call(post(base), DemoUsers.DAVID, claim("1.005"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Enter pounds and pence, like 12.50"));
        call(post(base), DemoUsers.DAVID, claim("20000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("A claim is at most £10,000"));
        call(get(base), DemoUsers.DAVID, null)
                .andExpect(jsonPath("$.claims.length()").value(0));
        call(get(base), DemoUsers.SAM, null).andExpect(status().isForbidden());
        call(post(base), DemoUsers.SAM, claim("3")).andExpect(status().isForbidden());
        call(get(base), DemoUsers.MORVEN, null).andExpect(status().isNotFound());
    }

    @Test
    void thePageRecordsAndDecidesWithoutJavaScript() throws Exception {
        String page = "/partnerships/" + id + "/consultations/" + cid + "/expenses";
        assertThat(mvc.perform(post(page)
                                .with(users.as(DemoUsers.DAVID))
                                .with(csrf())
                                .param("amount", "abc"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("href=\"#amount\"");
        assertThat(mvc.perform(post(page).with(users.as(DemoUsers.DAVID)).with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Enter who claims", "Choose what the claim is for", "Enter the amount");
        mvc.perform(post(page + "/budget")
                        .with(users.as(DemoUsers.DAVID))
                        .with(csrf())
                        .param("version", "0")
                        .param("budget", "1,000"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page)
                        .with(users.as(DemoUsers.DAVID))
                        .with(csrf())
                        .param("claimant", "Ann Brodie")
                        .param("kind", "CARE")
                        .param("amount", "30")
                        .param("incurredOn", today.toString()))
                .andExpect(status().is3xxRedirection());
        var html = mvc.perform(get(page).with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("£1,000.00", "£30.00", "E-1 Ann Brodie", "Approve");
        long eid = ((Number) JsonPath.read(
                        call(get(base), DemoUsers.FIONA, null)
                                .andReturn()
                                .getResponse()
                                .getContentAsString(),
                        "$.claims[0].id"))
                .longValue();
        mvc.perform(post(page + "/" + eid + "/decide")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("version", "0")
                        .param("approve", "true"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/partnerships/" + id + "/consultations/" + cid).with(users.as(DemoUsers.SAM)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(containsString("Participants’ expenses"))));
    }
}
