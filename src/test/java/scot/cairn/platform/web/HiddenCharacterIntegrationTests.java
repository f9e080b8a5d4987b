package scot.cairn.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.outcome.FrameworkService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Requests;
import scot.cairn.support.Unique;

/**
 * A NUL character, which PostgreSQL cannot store in text, is refused in every module's forms and JSON bodies with a
 * message naming the field, before anything is saved (on H2 it would otherwise be stored unseen).
 */
@CairnTest
class HiddenCharacterIntegrationTests {

    static final String NUL = "\u0000";
    static final String NUL_JSON = "\\u0000";

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    FrameworkService frameworks;

    @Autowired
    scot.cairn.directory.OrganisationService organisations;

    Requests requests;
    long id;

    @BeforeEach
    void setUp() {
        requests = new Requests(mvc, users);
        id = governance.newPartnership();
    }

    @Test
    void directory() throws Exception {
        String name = Unique.name("Hidden");
        refusedPage(
                requests.form(
                        "/organisations", DemoUsers.ADMIN, "name", name + NUL, "sector", "THIRD", "type", "CHARITY"),
                "name");
        refusedApi(
                requests.api(
                        HttpMethod.POST,
                        "/api/v1/organisations",
                        DemoUsers.ADMIN,
                        "{\"name\":\"" + name + NUL_JSON + "\",\"sector\":\"THIRD\",\"type\":\"CHARITY\"}"),
                "name");
        refusedPage(
                mvc.perform(MockMvcRequestBuilders.get("/organisations")
                        .param("q", "Falk" + NUL)
                        .with(users.as(DemoUsers.FIONA))),
                "q");
        assertThat(organisations.search(name)).isEmpty();
    }

    @Test
    void partnership() throws Exception {
        String lead = String.valueOf(governance.org("Falkirk Council"));
        refusedPage(
                requests.form(
                        "/partnerships",
                        DemoUsers.FIONA,
                        "title",
                        "Hidden" + NUL,
                        "market",
                        "CHILDREN_AND_FAMILIES",
                        "region",
                        "Falkirk",
                        "aims",
                        "Aims",
                        "leadPartnerId",
                        lead),
                "title");
        refusedApi(
                requests.api(
                        HttpMethod.POST,
                        "/api/v1/partnerships",
                        DemoUsers.FIONA,
                        "{\"title\":\"Hidden\",\"market\":\"CHILDREN_AND_FAMILIES\",\"region\":\"Falkirk\","
                                + "\"aims\":\"Ai" + NUL_JSON + "ms\",\"leadPartnerId\":" + lead + "}"),
                "aims");
    }

    @Test
    void governance() throws Exception {
        refusedPage(
                requests.form(
                        "/partnerships/" + id + "/governance/decisions",
                        DemoUsers.FIONA,
                        "title",
                        "Hidden",
                        "context",
                        "Why" + NUL,
                        "decision",
                        "What",
                        "decisionDate",
                        "2025-01-01"),
                "context");
        refusedApi(
                requests.api(
                        HttpMethod.POST,
                        "/api/v1/partnerships/" + id + "/decisions",
                        DemoUsers.FIONA,
                        "{\"title\":\"Hidden" + NUL_JSON + "\",\"context\":\"Why\",\"decision\":\"What\","
                                + "\"decisionDate\":\"2025-01-01\"}"),
                "title");
        assertThat(Requests.text(requests.get("/partnerships/" + id + "/governance/decisions", DemoUsers.FIONA)))
                .doesNotContain("Hidden");
    }

    @Test
    void outcome() throws Exception {
        refusedPage(
                requests.form(
                        "/partnerships/" + id + "/outcomes/stakeholders/new",
                        DemoUsers.FIONA,
                        "name",
                        "Carers",
                        "description",
                        NUL),
                "description");
        refusedApi(
                requests.api(
                        HttpMethod.POST,
                        "/api/v1/partnerships/" + id + "/stakeholders",
                        DemoUsers.FIONA,
                        "{\"name\":\"Carers" + NUL_JSON + "\"}"),
                "name");
        var csv = mvc.perform(MockMvcRequestBuilders.post("/api/v1/partnerships/" + id + "/import")
                .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.FIONA))
                .contentType("text/csv")
                .content("indicator,period,value,source\nCarers,2025-Q1,1,Sur" + NUL + "vey\n"));
        csv.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Line 2: Remove the hidden control character (NUL) from the source"));
        assertThat(frameworks.framework(id, users.current(DemoUsers.FIONA)).stakeholders())
                .isEmpty();
    }

    @Test
    void sroi() throws Exception {
        String title = Unique.name("Forecast");
        refusedPage(
                requests.form(
                        "/partnerships/" + id + "/sroi/new",
                        DemoUsers.FIONA,
                        "title",
                        NUL + title,
                        "kind",
                        "FORECAST",
                        "periodFrom",
                        "2025-01-01",
                        "periodTo",
                        "2025-12-31"),
                "title");
        refusedApi(
                requests.api(
                        HttpMethod.POST,
                        "/api/v1/partnerships/" + id + "/sroi-analyses",
                        DemoUsers.FIONA,
                        "{\"title\":\"" + title + NUL_JSON + "\",\"kind\":\"FORECAST\",\"periodFrom\":\"2025-01-01\","
                                + "\"periodTo\":\"2025-12-31\"}"),
                "title");
        assertThat(Requests.text(requests.get("/partnerships/" + id + "/sroi", DemoUsers.FIONA)))
                .doesNotContain(title);
    }

    /** The refusal page: 400, the message naming the field, and the way back. */
    private static void refusedPage(ResultActions result, String field) throws Exception {
        result.andExpect(status().isBadRequest());
        assertThat(Requests.text(result))
                .contains("Remove the hidden control character (NUL) from the " + field)
                .contains("Go back", "Go to your partnerships");
    }

    private static void refusedApi(ResultActions result, String field) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid input"))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Remove the hidden control character (NUL) from the " + field));
    }
}
