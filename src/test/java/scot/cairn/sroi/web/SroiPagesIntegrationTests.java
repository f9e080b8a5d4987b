package scot.cairn.sroi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import scot.cairn.outcome.Period;
import scot.cairn.platform.Message;
import scot.cairn.sroi.AnalysisType;
import scot.cairn.sroi.SroiFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class SroiPagesIntegrationTests {

    static final String FIONA = DemoUsers.FIONA;

    @Autowired
    MockMvc mvc;

    @Autowired
    SroiFixture fixture;

    long id;
    String base;

    @BeforeEach
    void setUp() {
        id = fixture.partnership();
        base = "/partnerships/" + id + "/sroi";
    }

    @Test
    void theDemoForecastShowsItsResultsToAnObserverWithoutWaysToChangeIt() throws Exception {
        long falkirk = fixture.governance().fosterCare();
        String list = page("/partnerships/" + falkirk + "/sroi", DemoUsers.SAM);
        assertThat(list)
                .contains("Forecast for the pilot year", "Evaluation of the last four quarters", "Approved", "Draft")
                .contains(" : £1")
                .doesNotContain("Start an analysis");
        String forecast =
                list.replaceAll("(?s).*href=\"(/partnerships/\\d+/sroi/\\d+)\">Forecast for the pilot year.*", "$1");

        assertThat(page(forecast, DemoUsers.SAM))
                .contains("Total present value", "Net SROI ratio", "Payback period", "Residential placements avoided")
                .contains("Unit Cost Database, Greater Manchester Combined Authority", "(2023 prices)")
                .contains("Fiona Reid (Public sector) approved", "David Kerr (Third sector) approved")
                .doesNotContain("Add a row", "Approve this analysis", "Copy as new draft");
        post(forecast + "/rows/new", DemoUsers.SAM, "stakeholder", "x").andExpect(status().isForbidden());
        get(forecast, DemoUsers.IAIN).andExpect(status().isNotFound());
        get("/partnerships/" + falkirk + "/sroi", DemoUsers.IAIN).andExpect(status().isNotFound());
    }

    @Test
    void aNewAnalysisWithMissingAnswersAndARowWithBadValuesShowTheirErrors() throws Exception {
        String empty =
                html(post(base + "/new", FIONA, "title", "", "periodFrom", "2025-01-01", "periodTo", "2024-01-01")
                        .andExpect(status().isOk()));
        assertThat(empty)
                .contains("Enter a title", "Choose forecast or evaluative", "The period must end after it starts");

        post(
                        base + "/new",
                        FIONA,
                        "title",
                        "Forecast",
                        "kind",
                        "FORECAST",
                        "periodFrom",
                        "2025-01-01",
                        "periodTo",
                        "2025-12-31")
                .andExpect(status().isFound())
                .andExpect(flash().attribute("done", Message.of("sroi.new.started")));
        String analysis = fixture.sroi.analyses(id, fixture.fiona()).get(0).id() + "";
        String rows = base + "/" + analysis + "/rows/new";
        assertThat(page(rows, FIONA)).contains("Add an impact-map row", "Where does the quantity come from?");

        String bad = html(post(
                        rows,
                        FIONA,
                        "stakeholder",
                        "Children",
                        "outcome",
                        "Stable",
                        "indicator",
                        "Placements",
                        "quantitySource",
                        "ENTERED",
                        "quantity",
                        "4",
                        "durationYears",
                        "51",
                        "proxyValue",
                        "100",
                        "proxySource",
                        "",
                        "deadweight",
                        "120",
                        "displacement",
                        "0",
                        "attribution",
                        "0",
                        "dropOff",
                        "x")
                .andExpect(status().isOk()));
        assertThat(bad)
                .contains(
                        "Row 1: duration must be between 1 and 50 years",
                        "Row 1: deadweight must be between 0 and 100%")
                .contains("Row 1: enter the source of the financial proxy", "Enter a number, like 1250.50")
                .contains("href=\"#deadweight\"");
        assertThat(fixture.sroi
                        .analysis(id, Long.parseLong(analysis), fixture.fiona())
                        .rows())
                .isEmpty();
    }

    @Test
    void inputsRowsAndSettingsAreChangedThroughTheirForms() throws Exception {
        long a = fixture.analysis(id, AnalysisType.FORECAST);
        String analysis = base + "/" + a;
        post(
                        analysis + "/inputs/new",
                        FIONA,
                        "version",
                        "0",
                        "stakeholder",
                        "Falkirk Council",
                        "cash",
                        "1000",
                        "inKind",
                        "0")
                .andExpect(status().isFound());
        post(
                        analysis + "/rows/new",
                        FIONA,
                        "version",
                        "1",
                        "stakeholder",
                        "Children",
                        "outcome",
                        "Stable",
                        "indicator",
                        "Placements",
                        "quantitySource",
                        "ENTERED",
                        "quantity",
                        "10",
                        "durationYears",
                        "2",
                        "proxyValue",
                        "100",
                        "proxySource",
                        "Unit costs",
                        "deadweight",
                        "10",
                        "displacement",
                        "0",
                        "attribution",
                        "20",
                        "dropOff",
                        "50")
                .andExpect(status().isFound());
        assertThat(page(analysis, FIONA)).contains("£1.03 : £1", "16.7 months", "£720.00", "£1,031.72");

        post(
                        analysis + "/settings",
                        FIONA,
                        "version",
                        "2",
                        "title",
                        "Renamed",
                        "kind",
                        "FORECAST",
                        "periodFrom",
                        "2025-01-01",
                        "periodTo",
                        "2025-12-31",
                        "discountRate",
                        "0",
                        "discountFirstYear",
                        "true",
                        "deductions",
                        "MULTIPLIED",
                        "dropOff",
                        "COMPOUNDING")
                .andExpect(status().isFound());
        assertThat(page(analysis, FIONA)).contains("Renamed", "£1.08 : £1");
        assertThat(html(post(
                        analysis + "/settings",
                        FIONA,
                        "version",
                        "2",
                        "title",
                        "Again",
                        "kind",
                        "FORECAST",
                        "periodFrom",
                        "2025-01-01",
                        "periodTo",
                        "2025-12-31",
                        "discountRate",
                        "0",
                        "discountFirstYear",
                        "true",
                        "deductions",
                        "MULTIPLIED",
                        "dropOff",
                        "COMPOUNDING")))
                .contains("Someone else changed this since you opened it");
        post(analysis + "/rows/1/remove", FIONA, "version", "2")
                .andExpect(status().isFound())
                .andExpect(flash().attributeExists("problems"));
        assertThat(fixture.sroi.analysis(id, a, fixture.fiona()).rows()).hasSize(1);
        post(analysis + "/rows/1/remove", FIONA, "version", "3").andExpect(status().isFound());
        // The history page shows each stored key in the reader's language once the partnership pages translate them.
        var history = page("/partnerships/" + id + "/history", DemoUsers.DAVID);
        assertThat(history).containsAnyOf("SROI analysis changed", "sroi.audit.changed");
        assertThat(history).containsAnyOf("Impact-map row removed", "sroi.audit.rowRemoved");
        assertThat(history).containsAnyOf("SROI input added", "sroi.audit.inputAdded");
    }

    @Test
    void approvingOnThePageAndRefusalsLinkToTheButton() throws Exception {
        long empty = fixture.analysis(id, AnalysisType.FORECAST);
        assertThat(html(post(
                        base + "/" + empty + "/approve", FIONA, "version", String.valueOf(fixture.version(id, empty)))))
                .contains("Add at least one impact-map row before approving", "href=\"#approve\"");

        long a = fixture.workedExample(id, AnalysisType.FORECAST);
        post(base + "/" + a + "/approve", FIONA, "version", String.valueOf(fixture.version(id, a)))
                .andExpect(status().isFound());
        assertThat(page(base + "/" + a, FIONA)).contains("You have approved this draft.");
        post(base + "/" + a + "/approve", DemoUsers.DAVID, "version", String.valueOf(fixture.version(id, a)))
                .andExpect(status().isFound());
        assertThat(page(base, FIONA)).contains("Approved");
        assertThat(page(base + "/" + a, FIONA)).doesNotContain("Add a row").contains("Copy as new draft");
        assertThat(html(get(base + "/" + a + "/rows/new", FIONA).andExpect(status().isConflict())))
                .contains("This analysis is approved and locked");
        get(base + "/" + a + "/rows/new", DemoUsers.SAM).andExpect(status().isForbidden());
    }

    @Test
    void anOutOfDateAnalysisOffersRecalculation() throws Exception {
        long indicator = fixture.indicator(id);
        fixture.approvedValue(id, indicator, Period.ofQuarter(2025, 2), "8");
        long a = fixture.analysis(id, AnalysisType.EVALUATIVE);
        post(
                        base + "/" + a + "/rows/new",
                        FIONA,
                        "version",
                        "0",
                        "stakeholder",
                        "Children",
                        "outcome",
                        "Stable",
                        "quantitySource",
                        "INDICATOR_SUM",
                        "indicatorId",
                        String.valueOf(indicator),
                        "durationYears",
                        "1",
                        "proxyValue",
                        "100",
                        "proxySource",
                        "Unit costs",
                        "deadweight",
                        "0",
                        "displacement",
                        "0",
                        "attribution",
                        "0",
                        "dropOff",
                        "0")
                .andExpect(status().isFound());
        assertThat(page(base + "/" + a, FIONA)).doesNotContain("Out of date");

        fixture.enter(id, indicator, Period.ofQuarter(2025, 2), "9");
        assertThat(page(base, FIONA)).contains("Out of date");
        assertThat(page(base + "/" + a, FIONA)).contains("Out of date", "Recalculate", "£800.00");
        fixture.approveJointly(id, Period.ofQuarter(2025, 2));

        post(base + "/" + a + "/recalculate", FIONA)
                .andExpect(status().isFound())
                .andExpect(flash().attribute("done", Message.of("sroi.analysis.recalculated")));
        assertThat(page(base + "/" + a, FIONA))
                .doesNotContain("Out of date")
                .contains("sum of approved measurements", "£900.00");
    }

    @Test
    void anAnalysisReadsInWelshAndTheListInGaelicWithTheirRefusals() throws Exception {
        long a = fixture.workedExample(id, AnalysisType.FORECAST);
        var welsh = html(mvc.perform(MockMvcRequestBuilders.get(base + "/" + a)
                        .with(fixture.users.as(FIONA))
                        .locale(Locale.forLanguageTag("cy")))
                .andExpect(status().isOk()));
        assertThat(welsh)
                .contains("<html lang=\"cy\"")
                .contains("enillion cymdeithasol ar fuddsoddiad (SROI)")
                .contains("Cyfanswm y gwerth presennol", "Cymhareb SROI", "Pwysau marw", "Map effaith")
                .contains("Lawrlwytho’r adroddiad (PDF)", "Cymeradwyo’r dadansoddiad hwn")
                .doesNotContain("Total present value", "Approve this analysis");

        var gaelic = html(mvc.perform(MockMvcRequestBuilders.get(base)
                        .with(fixture.users.as(FIONA))
                        .cookie(new Cookie("cairn-language", "gd")))
                .andExpect(status().isOk()));
        assertThat(gaelic)
                .contains("Mion-sgrùdaidhean SROI", "toradh sòisealta air tasgadh (SROI)", "Tòisich mion-sgrùdadh")
                .doesNotContain("Start an analysis");

        var refused = html(mvc.perform(MockMvcRequestBuilders.post(base + "/new")
                        .with(fixture.users.as(FIONA))
                        .with(csrf())
                        .locale(Locale.forLanguageTag("cy"))
                        .param("title", "")
                        .param("periodFrom", "2025-04-01")
                        .param("periodTo", "2025-01-01"))
                .andExpect(status().isOk()));
        assertThat(refused)
                .contains(
                        "Rhowch deitl", "Dewiswch rhagolwg neu werthuso", "Rhaid i’r cyfnod orffen ar ôl iddo ddechrau")
                .doesNotContain("Enter a title");
    }

    private ResultActions get(String url, String who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(fixture.users.as(who)));
    }

    private ResultActions post(String url, String who, String... params) throws Exception {
        var request =
                MockMvcRequestBuilders.post(url).with(fixture.users.as(who)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private String page(String url, String who) throws Exception {
        return html(get(url, who).andExpect(status().isOk()));
    }

    private static String html(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
