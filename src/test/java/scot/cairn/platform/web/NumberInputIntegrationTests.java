package scot.cairn.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.outcome.SustainabilityService;
import scot.cairn.platform.English;
import scot.cairn.platform.Numbers;
import scot.cairn.sroi.AnalysisType;
import scot.cairn.sroi.SroiFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Requests;

/**
 * Numbers in every module: a decimal comma ("1,5") is refused with the same words everywhere and "1,500" is 1500; a
 * number too large for its column, or a whole number too large for its field in JSON, is a field error, never a 500.
 */
@CairnTest
class NumberInputIntegrationTests {

    static final String COMMA = "use a full stop for decimals, like 1.5 (commas only group thousands, like 1,500)";
    static final String INT_RANGE = "Enter a whole number from -2,147,483,648 to 2,147,483,647";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    SroiFixture sroi;

    @Autowired
    SustainabilityService sustainability;

    Requests requests;
    long id;

    @BeforeEach
    void setUp() {
        requests = new Requests(mvc, users);
        id = governance.newPartnership();
    }

    @Test
    void directoryAWholeNumberTooLargeForItsFieldNamesTheField() throws Exception {
        long cvs = governance.org("Falkirk CVS");
        problem(
                requests.api(
                        HttpMethod.PUT,
                        "/api/v1/organisations/" + cvs,
                        DemoUsers.ADMIN,
                        "{\"version\":99999999999,\"name\":\"Falkirk CVS\",\"sector\":\"THIRD\",\"type\":\"CHARITY\"}"),
                "version",
                INT_RANGE);
    }

    @Test
    void partnershipAWholeNumberTooLargeForItsFieldNamesTheField() throws Exception {
        problem(
                requests.api(
                        HttpMethod.PUT,
                        "/api/v1/partnerships/" + id,
                        DemoUsers.FIONA,
                        "{\"version\":99999999999,\"details\":{\"title\":\"T\"}}"),
                "version",
                INT_RANGE);
    }

    @Test
    void governanceDaysAreReadWithFullStopsAndFitTheirColumns() throws Exception {
        String page = Requests.text(requests.form(
                        "/partnerships/" + id + "/governance/roles",
                        DemoUsers.FIONA,
                        "role",
                        "ANALYST",
                        "email",
                        DemoUsers.DAVID,
                        "daysPerMonth",
                        "0,5")
                .andExpect(status().isOk()));
        assertThat(page).contains("There is a problem", "href=\"#daysPerMonth\"", capital(COMMA));

        governance.sponsors(id);
        problem(
                requests.api(
                        HttpMethod.PUT,
                        "/api/v1/partnerships/" + id + "/capacity",
                        DemoUsers.FIONA,
                        "{\"email\":\"" + DemoUsers.DAVID + "\",\"capacity\":1.234}"),
                "capacity",
                "Capacity can have at most two decimal places");
        problem(
                requests.api(
                        HttpMethod.POST,
                        "/api/v1/partnerships/" + id + "/decisions",
                        DemoUsers.FIONA,
                        "{\"title\":\"T\",\"context\":\"C\",\"decision\":\"D\",\"decisionDate\":\"2025-01-01\","
                                + "\"riskId\":99999999999999999999}"),
                "riskId",
                "Enter a whole number from -9,223,372,036,854,775,808 to 9,223,372,036,854,775,807");
    }

    @Test
    void outcomeNumbersTypedAsTextTakeCommasOnlyAsThousands() throws Exception {
        String edit = "/partnerships/" + id + "/outcomes/sustainability/edit";
        String page = Requests.text(requests.form(edit, DemoUsers.FIONA, "pilotBudget", "1,5", "participants", "12")
                .andExpect(status().isOk()));
        assertThat(page).contains("href=\"#pilotBudget\"", "Pilot budget: " + English.of(Numbers.DECIMAL_COMMA));

        requests.form(edit, DemoUsers.FIONA, "pilotBudget", "£120,000", "participants", "1,200")
                .andExpect(status().is3xxRedirection());
        var saved = sustainability.view(id, users.current(DemoUsers.FIONA));
        assertThat(saved.pilotBudget()).isEqualByComparingTo("120000");
        assertThat(saved.participants()).isEqualTo(1200);

        problem(
                requests.api(
                        HttpMethod.PUT,
                        "/api/v1/partnerships/" + id + "/sustainability",
                        DemoUsers.FIONA,
                        "{\"version\":" + saved.version() + ",\"details\":{\"participants\":\"99999999999\"}}"),
                "participants",
                "Participants: Enter a whole number with at most 9 digits");
        problem(
                requests.api(
                        HttpMethod.POST,
                        "/api/v1/partnerships/" + id + "/indicators",
                        DemoUsers.FIONA,
                        "{\"outcomeId\":1,\"name\":\"Big\",\"unit\":\"people\",\"direction\":\"HIGHER_IS_BETTER\","
                                + "\"frequency\":\"QUARTERLY\",\"target\":1E+16}"),
                "target",
                "Target must be a number with at most 15 digits before the decimal point and 4 after it");
    }

    @Test
    void sroiNumbersAreReadWithFullStopsAndFitTheirColumns() throws Exception {
        long a = sroi.analysis(id, AnalysisType.FORECAST);
        String rows = "/partnerships/" + id + "/sroi/" + a + "/rows/new";
        assertThat(Requests.text(row(rows, "1,5").andExpect(status().isOk())))
                .contains("href=\"#quantity\"", capital(COMMA));
        row(rows, "1,500").andExpect(status().is3xxRedirection());
        assertThat(sroi.sroi
                        .analysis(id, a, users.current(DemoUsers.FIONA))
                        .rows()
                        .get(0)
                        .details()
                        .quantity())
                .isEqualByComparingTo("1500");

        String input = Requests.text(requests.form(
                        "/partnerships/" + id + "/sroi/" + a + "/inputs/new",
                        DemoUsers.FIONA,
                        "version",
                        String.valueOf(sroi.version(id, a)),
                        "stakeholder",
                        "Council",
                        "cash",
                        "12.345",
                        "inKind",
                        "0")
                .andExpect(status().isOk()));
        assertThat(input).contains("Input 1: cash amount can have at most 2 decimal places");

        problem(
                requests.api(
                        HttpMethod.POST,
                        "/api/v1/partnerships/" + id + "/sroi-analyses/" + a + "/calculate?variation=1,5",
                        DemoUsers.FIONA,
                        ""),
                "variation",
                capital(COMMA));

        var big = SroiFixture.row("1E+20", "100", "0", "0", "0", "0", 2);
        problem(
                requests.api(
                        HttpMethod.PUT,
                        "/api/v1/partnerships/" + id + "/sroi-analyses/" + a + "/rows",
                        DemoUsers.FIONA,
                        "{\"version\":" + sroi.version(id, a) + ",\"rows\":[" + rowJson(big.quantity()) + "]}"),
                "rows[0].quantity",
                "Row 1: quantity is too large: it can have at most 15 digits before the decimal point");
    }

    private ResultActions row(String url, String quantity) throws Exception {
        return requests.form(
                url,
                DemoUsers.FIONA,
                "version",
                String.valueOf(sroi.version(id, Long.parseLong(url.replaceAll(".*/sroi/(\\d+)/.*", "$1")))),
                "stakeholder",
                "Carers",
                "outcome",
                "Wellbeing",
                "indicator",
                "WEMWBS",
                "quantitySource",
                "ENTERED",
                "quantity",
                quantity,
                "durationYears",
                "2",
                "proxyValue",
                "100",
                "proxySource",
                "HACT",
                "deadweight",
                "0",
                "displacement",
                "0",
                "attribution",
                "0",
                "dropOff",
                "0");
    }

    static String rowJson(BigDecimal quantity) {
        return "{\"stakeholder\":\"Carers\",\"outcome\":\"Wellbeing\",\"indicator\":\"WEMWBS\",\"quantity\":"
                + quantity.toString() + ",\"durationYears\":2,\"proxyValue\":100,\"proxySource\":\"HACT\","
                + "\"deadweight\":0,\"displacement\":0,\"attribution\":0,\"dropOff\":0}";
    }

    private static void problem(ResultActions result, String field, String message) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == '" + field + "')].message")
                        .value(org.hamcrest.Matchers.hasItem(message)));
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
