package scot.cairn.sroi.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.sroi.SroiFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

@CairnTest
class SroiApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    SroiFixture fixture;

    String base;

    @BeforeEach
    void setUp() {
        base = "/api/v1/partnerships/" + fixture.partnership() + "/sroi-analyses";
    }

    @Test
    void calculateReturnsTheHandWorkedExample() throws Exception {
        long a = create("FORECAST");
        int version = version(post(
                        DemoUsers.FIONA,
                        base + "/" + a + "/inputs",
                        Map.of(
                                "version",
                                0,
                                "input",
                                Map.of("stakeholder", "Falkirk Council", "cash", 1000, "inKind", 0)))
                .andExpect(status().isCreated()));
        post(DemoUsers.FIONA, base + "/" + a + "/rows", Map.of("version", version, "row", row(10, 20)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.rows[0].number").value(1))
                .andExpect(jsonPath("$.rows[0].deadweight").value(10));

        // Impact 10 x £100 x (1 - 10%) x (1 - 20%) = £720; year 2 loses half: £360.
        // PV = 720 / 1.035 + 360 / 1.035^2 = £1,031.716...; ratio 1.0317; payback 1,000 / (720 / 12) = 16.67 months.
        post(DemoUsers.SAM, base + "/" + a + "/calculate", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.settings.discountRate").value(3.5))
                .andExpect(jsonPath("$.totals.presentValue", closeTo(1031.716026, 0.000001)))
                .andExpect(jsonPath("$.totals.investment").value(1000))
                .andExpect(jsonPath("$.totals.netPresentValue", closeTo(31.716026, 0.000001)))
                .andExpect(jsonPath("$.totals.ratio", closeTo(1.031716026, 1e-9)))
                .andExpect(jsonPath("$.totals.netRatio", closeTo(0.031716026, 1e-9)))
                .andExpect(jsonPath("$.totals.paybackMonths", closeTo(16.6666667, 1e-7)))
                .andExpect(jsonPath("$.totals.message").value(nullValue()))
                .andExpect(jsonPath("$.valuesPerYear[0]").value(720))
                .andExpect(jsonPath("$.valuesPerYear[1]").value(360))
                .andExpect(jsonPath("$.rows[0].impact").value(720))
                .andExpect(jsonPath("$.rows[0].valuesPerYear[1]").value(360))
                .andExpect(jsonPath("$.byStakeholder[0].name").value("Children in foster care"))
                .andExpect(jsonPath("$.byOutcome[0].presentValue", closeTo(1031.716026, 0.000001)))
                .andExpect(jsonPath("$.sensitivity.variation").value(10))
                .andExpect(jsonPath("$.sensitivity.lines[0].assumption").value("DEADWEIGHT"))
                .andExpect(jsonPath("$.sensitivity.lines[0].unit").value("percentage points"))
                .andExpect(jsonPath("$.sensitivity.lines[0].ratioAtMinus", closeTo(1.146351140, 1e-9)))
                .andExpect(jsonPath("$.sensitivity.lines[0].ratioAtPlus", closeTo(0.917080912, 1e-9)))
                // 1,031.716 x (1 + x / 100) = 1,000 when the proxies fall by 3.07%
                .andExpect(jsonPath("$.sensitivity.thresholds[4].assumption").value("PROXY_VALUES"))
                .andExpect(jsonPath("$.sensitivity.thresholds[4].change", closeTo(-3.074104, 0.000001)))
                // PV is 1,146.35 x (1 - deadweight) / 0.9 ...: 1:1 at a deadweight 2.77 points higher
                .andExpect(jsonPath("$.sensitivity.thresholds[0].change", closeTo(2.766694, 0.000001)))
                .andExpect(jsonPath("$.sensitivity.thresholds[4].text").value(nullValue()));
    }

    @Test
    void aVariationOfTwentyAndThresholdsThatCannotBeReached() throws Exception {
        long a = create("FORECAST");
        post(
                        DemoUsers.FIONA,
                        base + "/" + a + "/inputs",
                        Map.of(
                                "version",
                                current(a),
                                "input",
                                Map.of("stakeholder", "Falkirk Council", "cash", 100, "inKind", 0)))
                .andExpect(status().isCreated());
        var row = row(0, 0);
        row.put("dropOff", 0);
        row.put("durationYears", 1);
        post(DemoUsers.FIONA, base + "/" + a + "/rows", Map.of("version", current(a), "row", row))
                .andExpect(status().isCreated());

        // No deductions: PV 1000 / 1.035 = 966.18 for £100 in; nothing in-kind to vary.
        post(DemoUsers.FIONA, base + "/" + a + "/calculate?variation=20", "")
                .andExpect(jsonPath("$.sensitivity.variation").value(20))
                .andExpect(jsonPath("$.sensitivity.lines[4].ratioAtPlus", closeTo(11.594203, 0.000001)))
                .andExpect(jsonPath("$.sensitivity.thresholds[6].assumption").value("IN_KIND_INPUTS"))
                .andExpect(jsonPath("$.sensitivity.thresholds[6].change").value(nullValue()))
                .andExpect(jsonPath("$.sensitivity.thresholds[6].text").value("No value reaches 1 : 1"));
    }

    @Test
    void badRowsAreProblemsNamingEachRowAndField() throws Exception {
        long a = create("FORECAST");
        var bad = row(120, 20);
        bad.put("proxySource", "");
        bad.put("durationYears", 0);
        post(DemoUsers.FIONA, base + "/" + a + "/rows", Map.of("version", current(a), "row", bad))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[*].field", hasItem("rows[0].deadweight")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Row 1: deadweight must be between 0 and 100%")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("rows[0].durationYears")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Row 1: enter the source of the financial proxy")));

        mvc.perform(auth(MockMvcRequestBuilders.post(base + "/" + a + "/rows"), DemoUsers.FIONA)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "cy")
                        .content(json.writeValueAsString(Map.of("version", current(a), "row", bad))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Mewnbwn annilys"))
                .andExpect(
                        jsonPath("$.errors[*].message", hasItem("Rhes 1: Pwysau marw: rhaid iddo fod rhwng 0 a 100%")));

        var good = row(10, 20);
        var negative = row(10, 20);
        negative.put("quantity", -1);
        put(
                        DemoUsers.FIONA,
                        base + "/" + a + "/rows",
                        Map.of("version", current(a), "rows", List.of(good, good, negative)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("rows[2].quantity"))
                .andExpect(jsonPath("$.errors[0].message").value("Row 3: quantity must be 0 or more"));
        get(DemoUsers.FIONA, base + "/" + a)
                .andExpect(jsonPath("$.rows.length()").value(0));
    }

    @Test
    void observersReadOutsidersGet404AndStaleVersionsConflict() throws Exception {
        long a = create("EVALUATIVE");
        get(DemoUsers.SAM, base)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("EVALUATIVE"));
        post(
                        DemoUsers.SAM,
                        base,
                        Map.of(
                                "title",
                                "Mine",
                                "kind",
                                "FORECAST",
                                "periodFrom",
                                "2025-01-01",
                                "periodTo",
                                "2025-12-31"))
                .andExpect(status().isForbidden());
        post(DemoUsers.SAM, base + "/" + a + "/approvals", Map.of("version", current(a)))
                .andExpect(status().isForbidden());
        get(DemoUsers.IAIN, base + "/" + a).andExpect(status().isNotFound());
        post(DemoUsers.IAIN, base + "/" + a + "/calculate", "").andExpect(status().isNotFound());

        var change = new LinkedHashMap<String, Object>(Map.of(
                "version",
                0,
                "title",
                "Renamed",
                "kind",
                "EVALUATIVE",
                "periodFrom",
                "2025-01-01",
                "periodTo",
                "2025-12-31",
                "discountRate",
                3.5,
                "discountFirstYear",
                false));
        change.put("deductions", "MULTIPLIED");
        change.put("dropOff", "COMPOUNDING");
        put(DemoUsers.FIONA, base + "/" + a, change)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Renamed"))
                .andExpect(jsonPath("$.settings.discountFirstYear").value(false));
        put(DemoUsers.FIONA, base + "/" + a, change).andExpect(status().isConflict());
    }

    @Test
    void approvalByBothSectorsLocksTheAnalysis() throws Exception {
        long a = create("FORECAST");
        post(
                        DemoUsers.FIONA,
                        base + "/" + a + "/inputs",
                        Map.of(
                                "version",
                                current(a),
                                "input",
                                Map.of("stakeholder", "Falkirk Council", "cash", 1000, "inKind", 0)))
                .andExpect(status().isCreated());
        post(DemoUsers.FIONA, base + "/" + a + "/rows", Map.of("version", current(a), "row", row(10, 20)))
                .andExpect(status().isCreated());
        post(DemoUsers.FIONA, base + "/" + a + "/approvals", Map.of("version", current(a)))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.approvals[0].sector").value("PUBLIC"));
        post(DemoUsers.DAVID, base + "/" + a + "/approvals", Map.of("version", current(a)))
                .andExpect(jsonPath("$.status").value("APPROVED"))
                .andExpect(jsonPath("$.lastCalculation.ratio", closeTo(1.031716, 0.000001)));
        post(DemoUsers.FIONA, base + "/" + a + "/rows", Map.of("version", current(a), "row", row(10, 20)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("This analysis is approved and locked. Copy it as a new draft to change it."));
        post(DemoUsers.FIONA, base + "/" + a + "/copy", "")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.rows.length()").value(1));
    }

    /** Within {@code tolerance} of {@code expected}, whether JsonPath read the number as a double or a BigDecimal. */
    private static Matcher<Object> closeTo(double expected, double tolerance) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object actual) {
                return actual instanceof Number n && Math.abs(n.doubleValue() - expected) <= tolerance;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a number within " + tolerance + " of " + expected);
            }
        };
    }

    private long create(String kind) throws Exception {
        var result = post(
                        DemoUsers.FIONA,
                        base,
                        Map.of(
                                "title",
                                "API analysis",
                                "kind",
                                kind,
                                "periodFrom",
                                "2025-01-01",
                                "periodTo",
                                "2025-12-31"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.settings.discountRate").value(3.5))
                .andExpect(jsonPath("$.settings.deductions").value("MULTIPLIED"));
        return ((Number) JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id")).longValue();
    }

    /** The analysis's version as the API shows it now. */
    private int current(long a) throws Exception {
        return version(get(DemoUsers.FIONA, base + "/" + a));
    }

    private static int version(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.version");
    }

    private static Map<String, Object> row(int deadweight, int attribution) {
        var row = new LinkedHashMap<String, Object>();
        row.put("stakeholder", "Children in foster care");
        row.put("outcome", "Stable placements");
        row.put("indicator", "Placements lasting a year");
        row.put("quantitySource", "ENTERED");
        row.put("quantity", 10);
        row.put("durationYears", 2);
        row.put("proxyValue", 100);
        row.put("proxyUnit", "per child per year");
        row.put("proxySource", "Unit Costs of Health and Social Care 2023");
        row.put("proxyBaseYear", 2023);
        row.put("deadweight", deadweight);
        row.put("displacement", 0);
        row.put("attribution", attribution);
        row.put("dropOff", 50);
        return row;
    }

    private ResultActions get(String user, String path) throws Exception {
        return mvc.perform(auth(MockMvcRequestBuilders.get(path), user));
    }

    private ResultActions post(String user, String path, Object body) throws Exception {
        return mvc.perform(auth(MockMvcRequestBuilders.post(path), user).content(json.writeValueAsString(body)));
    }

    private ResultActions put(String user, String path, Object body) throws Exception {
        return mvc.perform(auth(MockMvcRequestBuilders.put(path), user).content(json.writeValueAsString(body)));
    }

    private MockHttpServletRequestBuilder auth(MockHttpServletRequestBuilder request, String user) {
        return request.header(HttpHeaders.AUTHORIZATION, users.bearer(user))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON);
    }
}
