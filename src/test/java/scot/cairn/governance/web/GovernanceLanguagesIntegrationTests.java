package scot.cairn.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/** The governance pages and the API's refusals read in Welsh and in Gaelic, as the reader asks. */
@CairnTest
class GovernanceLanguagesIntegrationTests {

    @Autowired
    GovernanceFixture fixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    JsonMapper json;

    long id;

    @BeforeEach
    void setUp() {
        id = fixture.newPartnership();
    }

    static String html(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(
                result.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void theOverviewReadsInWelsh() throws Exception {
        var html = html(mvc.perform(MockMvcRequestBuilders.get("/partnerships/" + id + "/governance")
                .with(users.as(DemoUsers.FIONA))
                .locale(Locale.forLanguageTag("cy"))));
        assertThat(html)
                .contains("lang=\"cy\"")
                .contains("<h1 class=\"govuk-heading-l\">Llywodraethu</h1>")
                .contains("Does gan y bartneriaeth hon ddim Rheolwr Partneriaeth / Prosiect eto.")
                .contains("Sefydlu’r grwpiau safonol")
                .contains("Cofnod penderfyniadau")
                .doesNotContain("Set up the standard groups");
    }

    @Test
    void theDecisionLogAndTheFormReadInGaelicFromTheLanguageCookie() throws Exception {
        var gaelic = new Cookie("cairn-language", "gd");
        var log = html(mvc.perform(MockMvcRequestBuilders.get("/partnerships/" + id + "/governance/decisions")
                .with(users.as(DemoUsers.FIONA))
                .cookie(gaelic)));
        assertThat(log)
                .contains("lang=\"gd\"")
                .contains("<h1 class=\"govuk-heading-l\">Clàr nan co-dhùnaidhean</h1>")
                .contains("Chan eil co-dhùnadh sam bith air a chlàradh fhathast.")
                .contains("class=\"cairn-table-scroll\"");
        var form = html(mvc.perform(MockMvcRequestBuilders.get("/partnerships/" + id + "/governance/decisions/new")
                .with(users.as(DemoUsers.FIONA))
                .cookie(gaelic)));
        assertThat(form).contains("An e co-dhùnadh co-phàirteach a tha seo?").contains("Is e");
    }

    @Test
    void aRefusedFormSaysWhyInWelsh() throws Exception {
        var html = html(mvc.perform(MockMvcRequestBuilders.post("/partnerships/" + id + "/governance/decisions")
                .with(users.as(DemoUsers.FIONA))
                .with(csrf())
                .locale(Locale.forLanguageTag("cy"))
                .param("title", "")
                .param("context", "")
                .param("decision", "")));
        assertThat(html).contains("Rhowch deitl ar gyfer y penderfyniad").contains("Rhowch ddyddiad y penderfyniad");
    }

    @Test
    void theApiRefusesInWelshWhenAskedInWelsh() throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/partnerships/" + id + "/role-assignments")
                        .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.FIONA))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "cy")
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("email", DemoUsers.FIONA, "daysPerMonth", "2"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value(welsh("platform.problem.invalid")))
                .andExpect(jsonPath("$.errors[0].field").value("role"))
                .andExpect(jsonPath("$.errors[0].message").value("Dewiswch rôl"));
    }

    @Test
    void aJointDecisionApprovedByOneSectorSaysInWelshWhatItStillNeeds() throws Exception {
        var fiona = users.current(DemoUsers.FIONA);
        fixture.board(id);
        var d = decisions.propose(
                id,
                null,
                new scot.cairn.governance.DecisionDetails(
                        "Share the budget",
                        "Partners asked for it",
                        null,
                        "Share it",
                        java.time.LocalDate.of(2026, 1, 5),
                        true,
                        null,
                        null,
                        null),
                fiona);
        decisions.approve(id, d.id(), d.version(), fiona);
        var html =
                html(mvc.perform(MockMvcRequestBuilders.get("/partnerships/" + id + "/governance/decisions/" + d.id())
                        .with(users.as(DemoUsers.FIONA))
                        .locale(Locale.forLanguageTag("cy"))));
        assertThat(html)
                .contains("Mae dal angen cymeradwyaeth aelod o’r bwrdd o’r trydydd sector.")
                .doesNotContain("Still needs approval");
    }

    @Test
    void aDecisionStateConflictHasAWelshTitle() throws Exception {
        var fiona = users.current(DemoUsers.FIONA);
        fixture.board(id);
        var d = decisions.propose(
                id,
                null,
                new scot.cairn.governance.DecisionDetails(
                        "Publish minutes",
                        "Partners asked for it",
                        null,
                        "Publish the minutes",
                        java.time.LocalDate.of(2026, 1, 5),
                        false,
                        null,
                        null,
                        null),
                fiona);
        var withdrawn = decisions.withdraw(id, d.id(), d.version(), fiona);
        mvc.perform(MockMvcRequestBuilders.post("/api/v1/partnerships/" + id + "/decisions/" + d.id() + "/approvals")
                        .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.FIONA))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "cy")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("version", withdrawn.version()))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Ddim yn bosibl yng nghyflwr presennol y penderfyniad"))
                .andExpect(jsonPath("$.detail")
                        .value("Tynnwyd y penderfyniad hwn yn ôl. Cofnodwch benderfyniad newydd yn lle hynny."));
    }

    @Test
    void theSignedMouDownloadsAsAWelshPdf() throws Exception {
        fixture.signMou(id);
        byte[] pdf = mvc.perform(
                        MockMvcRequestBuilders.get("/partnerships/" + id + "/governance/documents/mou/versions/1/pdf")
                                .with(users.as(DemoUsers.FIONA))
                                .locale(Locale.forLanguageTag("cy")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(scot.cairn.support.PdfText.of(pdf).replaceAll("\\s+", " "))
                .contains("Memorandwm Cyd-ddealltwriaeth", "Partneriaid craidd", "Llofnodion");
        var tags = scot.cairn.support.PdfText.accessibility(pdf);
        assertThat(tags.language()).isEqualTo("cy");
        assertThat(tags.title()).contains("Memorandwm Cyd-ddealltwriaeth");
    }

    @Autowired
    scot.cairn.governance.DecisionService decisions;

    @Autowired
    org.springframework.context.MessageSource messages;

    String welsh(String key) {
        return messages.getMessage(key, null, Locale.forLanguageTag("cy"));
    }
}
