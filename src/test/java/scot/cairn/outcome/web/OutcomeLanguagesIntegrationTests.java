package scot.cairn.outcome.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.PdfText;

/**
 * The outcome pages, their refusals and the API's Problem Details in Welsh and Scottish Gaelic: chosen by the
 * browser's Accept-Language or by the language cookie, with no English left on the page.
 */
@CairnTest
class OutcomeLanguagesIntegrationTests extends OutcomePageSupport {

    @Autowired
    MessageSource messages;

    private static MockHttpServletRequestBuilder welsh(MockHttpServletRequestBuilder request) {
        return request.header(HttpHeaders.ACCEPT_LANGUAGE, "cy");
    }

    private static MockHttpServletRequestBuilder gaelic(MockHttpServletRequestBuilder request) {
        return request.cookie(new Cookie("cairn-language", "gd"));
    }

    private String html(MockHttpServletRequestBuilder request, String who) throws Exception {
        return html(mvc.perform(request.with(users.as(who))).andExpect(status().isOk()));
    }

    @Test
    void theFrameworkReadsInWelsh() throws Exception {
        var small = fixtures().withFramework();
        String base = "/partnerships/" + small.partnershipId() + "/outcomes";

        var page = html(welsh(MockMvcRequestBuilders.get(base)), DemoUsers.FIONA);

        assertThat(page)
                .contains("lang=\"cy\"", "<h1 class=\"govuk-heading-l\">Fframwaith canlyniadau</h1>")
                .contains("Mesuriadau fesul cyfnod", "Ychwanegu grŵp rhanddeiliaid", "Dangosyddion Stable placements")
                .contains(">Gorau po uchaf<", ">Chwarterol<", ">Statws nawr<", "Ambr")
                .doesNotContain("Outcome framework", "Higher is better", "Status now", "Add a stakeholder group");
        assertThat(html(welsh(MockMvcRequestBuilders.get(base + "/measurements?period=2026-Q3")), DemoUsers.DAVID))
                .contains("Mesuriadau ar gyfer 2026-Q3", "Cadw’r gwerthoedd", "Cymeradwyo")
                .doesNotContain("Save values", "Sign-off");
    }

    @Test
    void aRefusedFormAndAnImportSayWhatIsWrongInTheReadersLanguage() throws Exception {
        var small = fixtures().withFramework();
        String base = "/partnerships/" + small.partnershipId() + "/outcomes";

        var refused = html(
                welsh(MockMvcRequestBuilders.post(base + "/stakeholders/new").param("name", ""))
                        .with(csrf()),
                DemoUsers.FIONA);
        assertThat(refused)
                .contains("Mae problem", "Rhowch enw’r grŵp rhanddeiliaid", "href=\"#name\"")
                .doesNotContain("Enter the stakeholder group");

        var csv = new MockMultipartFile(
                "file",
                "values.csv",
                "text/csv",
                "indicator,period,value\nNobody,2026-Q3,1\n".getBytes(StandardCharsets.UTF_8));
        var upload = mvc.perform(MockMvcRequestBuilders.multipart(base + "/import")
                        .file(csv)
                        .cookie(new Cookie("cairn-language", "gd"))
                        .with(csrf())
                        .with(users.as(DemoUsers.DAVID)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(html(gaelic(MockMvcRequestBuilders.get(upload)), DemoUsers.DAVID))
                .contains("lang=\"gd\"", "Dèan sgrùdadh air an ion-phortadh")
                .contains("Loidhne 2: Chan eil comharra air a bheil Nobody ann am frèam a’ chom-pàirteachais seo")
                .doesNotContain("Check the import", "No indicator called");
    }

    @Test
    void theSustainabilityEvidenceReadsInGaelic() throws Exception {
        long id = fixtures().partnership();
        String base = "/partnerships/" + id + "/outcomes/sustainability";

        assertThat(html(gaelic(MockMvcRequestBuilders.get(base)), DemoUsers.SAM))
                .contains("<h1 class=\"govuk-heading-l\">Fianais na seasmhachd</h1>", "Neo-choileanta")
                .contains("Cha ghabh seo obrachadh a-mach: cha deach buidseat a’ phìleit a chlàradh.")
                .doesNotContain("Sustainability evidence", "Cannot compute", "Not recorded");
        var pdf = mvc.perform(gaelic(MockMvcRequestBuilders.get(base + ".pdf")).with(users.as(DemoUsers.SAM)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(pdf.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("fianais-seasmhachd-" + id + ".pdf");
        var tags = PdfText.accessibility(pdf.getContentAsByteArray());
        assertThat(tags.language()).isEqualTo("gd");
        assertThat(tags.title()).startsWith("Fianais na seasmhachd: ");
        assertThat(PdfText.of(pdf.getContentAsByteArray()))
                .contains("Com-pàirtichean", "Gun chlàradh")
                .doesNotContain("Cost per participant", "Not recorded");
    }

    @Test
    void theApiAnswersProblemDetailsAndWordsInWelsh() throws Exception {
        var small = fixtures().withFramework();
        String api = "/api/v1/partnerships/" + small.partnershipId();

        mvc.perform(MockMvcRequestBuilders.post(api + "/stakeholders")
                        .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.FIONA))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "cy")
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"children IN care\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Mewnbwn annilys"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Mae grŵp rhanddeiliaid o’r enw children IN care eisoes yn y bartneriaeth hon"));

        mvc.perform(MockMvcRequestBuilders.get(api + "/sustainability")
                        .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.SAM))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "cy")
                        .accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stage").value(matchesPattern("[A-Z_]+")))
                .andExpect(jsonPath("$.costPerParticipant.cannot")
                        .value("Ni ellir cyfrifo: nid yw cyllideb y peilot wedi’i chofnodi."));
    }

    @Test
    void theAuditTrailKeepsKeysThatReadInEveryLanguage() throws Exception {
        long id = fixtures().partnership();
        post("/partnerships/" + id + "/outcomes/stakeholders/new", DemoUsers.FIONA, "name", "Foster carers")
                .andExpect(status().is3xxRedirection());

        var added = audit.forPartnership(id).stream()
                .filter(e -> e.subjectType().equals("outcome-stakeholder"))
                .findFirst()
                .orElseThrow();
        assertThat(added.action()).isEqualTo("outcome.audit.stakeholderAdded");
        assertThat(added.changes()).contains("outcome.audit.stakeholderGroup: (none) -> Foster carers");
        assertThat(messages.getMessage(added.action(), null, Locale.forLanguageTag("cy")))
                .isEqualTo("Grŵp rhanddeiliaid wedi’i ychwanegu");
        assertThat(messages.getMessage(added.action(), null, Locale.forLanguageTag("gd")))
                .isEqualTo("Buidheann luchd-ùidh air a chur ris");
        assertThat(history(id)).contains("Stakeholder group added", "Stakeholder group: (none) → Foster carers");
    }
}
