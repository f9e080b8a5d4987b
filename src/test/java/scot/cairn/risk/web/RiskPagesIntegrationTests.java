package scot.cairn.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.risk.RiskService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** The register's pages as Fiona (manager), David (member, owner of a risk), Sam (observer) and Morven (outsider). */
@CairnTest
class RiskPagesIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    MembershipService membership;

    @Autowired
    RiskService risks;

    long id;
    String base;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        membership.setMember(id, DemoUsers.SAM, MemberRole.OBSERVER, users.current(DemoUsers.FIONA));
        base = "/partnerships/" + id + "/risks";
    }

    ResultActions get(String url, String who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(users.as(who)));
    }

    ResultActions post(String url, String who, String... params) throws Exception {
        var request = MockMvcRequestBuilders.post(url).with(users.as(who)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    String page(String url, String who) throws Exception {
        return html(get(url, who).andExpect(status().isOk()));
    }

    static String html(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Europe/London")).toString();
    }

    String raise(String title, String likelihood, String impact) throws Exception {
        long david = users.current(DemoUsers.DAVID).personId();
        var location = post(
                        base,
                        DemoUsers.FIONA,
                        "kind",
                        "RISK",
                        "title",
                        title,
                        "category",
                        "DELIVERY",
                        "ownerId",
                        Long.toString(david),
                        "likelihood",
                        likelihood,
                        "impact",
                        impact,
                        "proximity",
                        "WITHIN_A_YEAR",
                        "response",
                        "REDUCE",
                        "nextReview",
                        today())
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern(base + "/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return location;
    }

    @Test
    void aManagerRaisesARiskThroughTheFormAndTheBoardListShowsIt() throws Exception {
        assertThat(page(base, DemoUsers.FIONA))
                .contains("No risks or issues are recorded yet.", "Raise a risk or issue", "Heat map of open items");
        assertThat(page(base + "/new", DemoUsers.FIONA)).contains("Is this a risk or an issue?", "David");

        var refused = html(post(base, DemoUsers.FIONA, "kind", "RISK", "title", "", "likelihood", "7")
                .andExpect(status().isOk()));
        assertThat(refused)
                .contains("govuk-error-summary")
                .contains("<a href=\"#title\">Enter a title</a>")
                .contains("<a href=\"#ownerId\">Choose an owner</a>")
                .contains("<a href=\"#likelihood\">Choose a likelihood from 1 to 5</a>")
                .contains("<a href=\"#nextReview\">Enter the date of the next review</a>");

        var location = raise("Venue lost", "4", "5");
        var shown = page(location, DemoUsers.FIONA);
        assertThat(shown).contains("Venue lost", "Likelihood 4 and impact 5: 20, severe", "Change this item");
        assertThat(page(base, DemoUsers.SAM))
                .contains("R-1", "Venue lost", "scores 20 (severe)")
                .doesNotContain("Raise a risk or issue");
    }

    @Test
    void theOwnerRecordsAReviewAndSeesWhatIsWrongWithABadOne() throws Exception {
        var location = raise("Venue lost", "4", "5");
        var version = Integer.toString(
                risks.risk(id, Long.parseLong(location.replaceAll(".*/", "")), users.current(DemoUsers.FIONA))
                        .version());
        assertThat(page(location, DemoUsers.DAVID)).contains("Record a review");
        assertThat(page(location, DemoUsers.SAM)).doesNotContain("Record a review");

        var future = LocalDate.now(ZoneId.of("Europe/London")).plusDays(2).toString();
        var refused = html(post(
                        location + "/reviews",
                        DemoUsers.DAVID,
                        "version",
                        version,
                        "reviewedOn",
                        future,
                        "likelihood",
                        "2",
                        "impact",
                        "5",
                        "nextReview",
                        future)
                .andExpect(status().isOk()));
        assertThat(refused).contains("<a href=\"#reviewedOn\">A review cannot be dated in the future</a>");

        post(
                        location + "/reviews",
                        DemoUsers.DAVID,
                        "version",
                        version,
                        "reviewedOn",
                        today(),
                        "likelihood",
                        "2",
                        "impact",
                        "5",
                        "note",
                        "Second venue booked.",
                        "nextReview",
                        future)
                .andExpect(status().is3xxRedirection());
        assertThat(page(location, DemoUsers.SAM)).contains("Second venue booked.", "2 by 5: 10");
    }

    @Test
    void theRegisterAndItsFormSpeakWelshAndGaelic() throws Exception {
        raise("Venue lost", "4", "5");
        var welsh = html(mvc.perform(MockMvcRequestBuilders.get(base)
                        .with(users.as(DemoUsers.FIONA))
                        .locale(java.util.Locale.forLanguageTag("cy")))
                .andExpect(status().isOk()));
        assertThat(welsh)
                .contains("lang=\"cy\"", "Risgiau a materion")
                .doesNotContain("Risks and issues", "Heat map", "For the board", ">Next review<");
        var gaelic = html(mvc.perform(MockMvcRequestBuilders.get(base + "/new")
                        .with(users.as(DemoUsers.FIONA))
                        .cookie(new jakarta.servlet.http.Cookie("cairn-language", "gd")))
                .andExpect(status().isOk()));
        assertThat(gaelic)
                .contains("lang=\"gd\"")
                .doesNotContain("Is this a risk or an issue?", ">Likelihood<", ">Next review<", ">Choose<");
    }

    @Test
    void aBoardMemberChangesTheToleranceOnTheRegister() throws Exception {
        assertThat(page(base, DemoUsers.FIONA)).doesNotContain("Save the tolerance");
        governance.board(id);
        assertThat(page(base, DemoUsers.FIONA)).contains("The board’s tolerance", "Save the tolerance");
        assertThat(page(base, DemoUsers.SAM)).doesNotContain("Save the tolerance");

        var refused = html(post(base + "/tolerance", DemoUsers.FIONA, "version", "0", "tolerance", "lots")
                .andExpect(status().isOk()));
        assertThat(refused).contains("<a href=\"#tolerance\">Enter a whole number from 1 to 25</a>");
        post(base + "/tolerance", DemoUsers.FIONA, "version", "0", "tolerance", "9")
                .andExpect(status().is3xxRedirection());
        raise("Moderate", "2", "5");
        assertThat(page(base, DemoUsers.SAM)).contains("above the board’s tolerance of 9", "scores 10 (high)");
    }

    @Test
    void aManagerAddsAnActionAndItsOwnerMarksItDone() throws Exception {
        var location = raise("Venue lost", "4", "5");
        long riskId = Long.parseLong(location.replaceAll(".*/", ""));
        var fiona = users.current(DemoUsers.FIONA);
        var refused = html(post(location + "/actions", DemoUsers.FIONA, "version", version(riskId), "description", "")
                .andExpect(status().isOk()));
        assertThat(refused)
                .contains("<a href=\"#description\">Enter what is to be done</a>")
                .contains("<a href=\"#ownerId\">Choose an owner</a>")
                .contains("<a href=\"#due\">Enter the date it is due</a>");

        post(
                        location + "/actions",
                        DemoUsers.FIONA,
                        "version",
                        version(riskId),
                        "description",
                        "Book a hall",
                        "ownerId",
                        Long.toString(fiona.personId()),
                        "due",
                        today())
                .andExpect(status().is3xxRedirection());
        assertThat(page(location, DemoUsers.SAM)).contains("Book a hall").doesNotContain("Mark done");
        post(location + "/actions/1/done", DemoUsers.FIONA, "version", version(riskId))
                .andExpect(status().is3xxRedirection());
        assertThat(page(location, DemoUsers.FIONA))
                .contains("Book a hall", "Done on")
                .doesNotContain("Mark done");
        var again = html(post(location + "/actions/1/done", DemoUsers.FIONA, "version", version(riskId))
                .andExpect(status().isOk()));
        assertThat(again).contains("<a href=\"#done-1\">Action 1 is already done</a>");
    }

    String version(long riskId) {
        return Integer.toString(
                risks.risk(id, riskId, users.current(DemoUsers.FIONA)).version());
    }

    @Test
    void theRegisterDownloadsAsAPdfAndASpreadsheet() throws Exception {
        raise("Venue lost", "4", "5");
        var pdf = get(base + "/register.pdf", DemoUsers.SAM)
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(scot.cairn.support.PdfText.of(pdf))
                .contains("Risks and issues", "For the board", "R-1", "Venue lost", "20, severe");
        var tags = scot.cairn.support.PdfText.accessibility(pdf);
        assertThat(tags.title()).startsWith("Risks and issues: ");
        assertThat(tags.language()).isEqualTo("en-GB");
        assertThat(tags.tagged()).isTrue();
        assertThat(tags.fontsNotEmbedded()).isEmpty();

        var xlsx = get(base + "/register.xlsx", DemoUsers.SAM)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("Register");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Number");
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Venue lost");
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(20);
            assertThat(sheet.getRow(1).getCell(14).getStringCellValue()).isEqualTo("Yes");
        }
        get(base + "/register.pdf", DemoUsers.MORVEN).andExpect(status().isNotFound());
    }

    @Test
    void observersCannotOpenTheFormsAndOutsidersSeeNothing() throws Exception {
        get(base + "/new", DemoUsers.SAM).andExpect(status().isForbidden());
        post(base, DemoUsers.DAVID, "title", "Mine").andExpect(status().isForbidden());
        get(base, DemoUsers.MORVEN).andExpect(status().isNotFound());
    }
}
