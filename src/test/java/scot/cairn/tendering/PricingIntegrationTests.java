package scot.cairn.tendering;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pricing model and rate card: set by the Procurement Representative or a manager with the version read, checked
 * rate by rate with nothing half-saved, read by every member, and carried into the specification's pricing section.
 */
@CairnTest
class PricingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    MembershipService membership;

    long id;
    String base;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        membership.setMember(id, DemoUsers.IAIN, MemberRole.MEMBER, users.current(DemoUsers.FIONA));
        base = "/api/v1/partnerships/" + id + "/pricing";
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        request.header("Authorization", users.bearer(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private static Map<String, Object> rate(String item, String unit, Object price) {
        var r = new HashMap<String, Object>();
        r.put("item", item);
        r.put("unit", unit);
        r.put("price", price);
        return r;
    }

    private static Map<String, Object> pricing(Integer version, String model, List<Map<String, Object>> rates) {
        var p = new HashMap<String, Object>();
        p.put("version", version);
        p.put("model", model);
        p.put("basis", "Paid monthly in arrears.");
        p.put("rates", rates);
        return p;
    }

    @Test
    void theRateCardIsCheckedRateByRateAndKeptWithItsVersion() throws Exception {
        call(get(base), DemoUsers.IAIN, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pricing").isEmpty());
        call(put(base), DemoUsers.IAIN, pricing(null, "PER_UNIT", List.of(rate("Placement", "week", 520))))
                .andExpect(status().isForbidden());
        call(put(base), DemoUsers.FIONA, pricing(null, "PER_UNIT", List.of()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rates"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("A price per unit or payments for outcomes need a rate card: enter at least one rate"));
        call(
                        put(base),
                        DemoUsers.FIONA,
                        pricing(
                                null,
                                null,
                                List.of(
                                        rate("Placement", "week", 520),
                                        rate(" ", "night", "12.345"),
                                        rate(null, null, null),
                                        rate("Respite", " ", -1))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'model')].message")
                        .value("Choose how the contract will be paid"))
                .andExpect(jsonPath("$.errors[?(@.field == 'rates[1].item')].message")
                        .value("Enter what rate 2 pays for"))
                .andExpect(jsonPath("$.errors[?(@.field == 'rates[1].price')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'rates[2].item')]").doesNotExist())
                .andExpect(jsonPath("$.errors[?(@.field == 'rates[3].unit')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'rates[3].price')].message")
                        .value("The price of rate 4 must be from £0 to £1,000,000,000, in pounds and pence"));
        call(get(base), DemoUsers.FIONA, null).andExpect(jsonPath("$.pricing").isEmpty());

        call(
                        put(base),
                        DemoUsers.FIONA,
                        pricing(null, "PER_UNIT", List.of(rate("Placement", "week", 520), rate(null, null, null))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.pricing.rates.length()").value(1))
                .andExpect(jsonPath("$.pricing.rates[0].price").value(520.00));
        call(put(base), DemoUsers.FIONA, pricing(null, "FIXED_PRICE", List.of()))
                .andExpect(status().is(428));
        call(put(base), DemoUsers.FIONA, pricing(3, "FIXED_PRICE", List.of())).andExpect(status().isConflict());
        call(put(base), DemoUsers.FIONA, pricing(0, "FIXED_PRICE", List.of()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.pricing.model").value("FIXED_PRICE"));
        var many = new java.util.ArrayList<Map<String, Object>>();
        for (int n = 0; n < 31; n++) {
            many.add(rate("Item " + n, "week", 1));
        }
        call(put(base), DemoUsers.FIONA, pricing(1, "PER_UNIT", many))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("at most 30 rates")));
        call(get(base), DemoUsers.IAIN, null)
                .andExpect(jsonPath("$.pricing.model").value("FIXED_PRICE"));
    }

    @Test
    void thePageSetsTheModelWithErrorsOnTheFormAndTheSpecificationCarriesIt() throws Exception {
        String page = "/partnerships/" + id + "/tender/pricing";
        mvc.perform(get(page).with(users.as(DemoUsers.IAIN))).andExpect(status().isForbidden());
        mvc.perform(get(page).with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("rates[2].price")));
        mvc.perform(post(page)
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("model", "OUTCOME_PAYMENTS")
                        .param("rates[0].item", "Child returns home")
                        .param("rates[0].unit", "")
                        .param("rates[0].price", "1500"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Enter the unit rate 1 is paid per")))
                .andExpect(content().string(containsString("Child returns home")));
        mvc.perform(post(page)
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("model", "OUTCOME_PAYMENTS")
                        .param("rates[0].item", "Child returns home")
                        .param("rates[0].unit", "child")
                        .param("rates[0].price", "fifteen hundred"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The price of rate 1: Enter a number, like 12 or 3.5")))
                .andExpect(content().string(containsString("value=\"fifteen hundred\"")));
        mvc.perform(post(page)
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("model", "OUTCOME_PAYMENTS")
                        .param("basis", "Paid when the outcome is confirmed.")
                        .param("rates[0].item", "Child returns home")
                        .param("rates[0].unit", "child")
                        .param("rates[0].price", "£1,500")
                        .param("rates[1].item", "")
                        .param("rates[1].unit", "")
                        .param("rates[1].price", ""))
                .andExpect(redirectedUrl("/partnerships/" + id + "/tender"));
        mvc.perform(get("/partnerships/" + id + "/tender").with(users.as(DemoUsers.IAIN)))
                .andExpect(content().string(containsString("Payments for outcomes achieved")))
                .andExpect(content().string(containsString("£1,500.00")));

        call(
                        post("/api/v1/partnerships/" + id + "/documents/spec/versions"),
                        DemoUsers.FIONA,
                        Map.of("basedOn", 0, "sections", GovernanceFixture.text(DocumentKind.SPEC, "agreed")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sections[5].key").value("pricing"))
                .andExpect(jsonPath("$.sections[5].records")
                        .value(containsString("Payments for outcomes achieved.\nPaid when the outcome is confirmed.")))
                .andExpect(jsonPath("$.sections[5].records")
                        .value(containsString("Child returns home: £1,500.00 per child")));
    }
}
