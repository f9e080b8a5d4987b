package scot.cairn.outcome.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.outcome.Direction;
import scot.cairn.outcome.Frequency;
import scot.cairn.outcome.IndicatorDetails;
import scot.cairn.outcome.MeasurementService;
import scot.cairn.outcome.Period;
import scot.cairn.outcome.SignoffService;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** The indicator page (chart, table, RAG, corrections) and RAG on the framework page. */
@CairnTest
class ResultsPagesIntegrationTests extends OutcomePageSupport {

    @Autowired
    MeasurementService measurements;

    @Autowired
    SignoffService signoffs;

    @Autowired
    PartnershipService partnershipReads;

    private long target(long partnershipId, long outcomeId, String name, Direction direction, String target) {
        return frameworks.addIndicator(
                partnershipId,
                new IndicatorDetails(
                        outcomeId,
                        name,
                        null,
                        "children",
                        direction,
                        null,
                        new BigDecimal(target),
                        Frequency.QUARTERLY,
                        null,
                        null),
                users.current(DemoUsers.FIONA));
    }

    @Test
    void indicatorPageDrawsTargetAndActualWithTheTableAndStatusInWords() throws Exception {
        var small = fixtures().withFramework();
        long id = small.partnershipId();
        long homes = target(id, small.outcomeId(), "Children in family homes", Direction.HIGHER_IS_BETTER, "40");
        var david = users.current(DemoUsers.DAVID);
        measurements.saveGrid(id, Period.ofQuarter(2026, 1), Map.of(homes, "41"), david);
        measurements.saveGrid(id, Period.ofQuarter(2026, 3), Map.of(homes, "37"), david);

        String html = page("/partnerships/" + id + "/outcomes/indicators/" + homes + "/results", DemoUsers.SAM);

        assertThat(html)
                .contains("role=\"img\"", "aria-labelledby=\"chart-title chart-summary\"")
                .contains(
                        "<title id=\"chart-title\">Children in family homes: target and actual per period, in children</title>")
                .contains("Actual values for 2 of 3 periods, from 2026-Q1 to 2026-Q3, against a target of 40 children")
                .contains("<polyline", "<circle", "stroke-dasharray")
                .contains(">2026-Q2</text>", ">Period</text>")
                .contains("Values of Children in family homes by period, in children")
                .contains(">+1<", ">-3<", "Not recorded")
                .contains(">Green<", ">Amber<", ">No data<")
                .contains("misses the target by no more than 10% of the target")
                .doesNotContain("Change<span class=\"govuk-visually-hidden\"> indicator");
        // Status now: the latest period with a value, 2026-Q3 at 37 against 40, is Amber
        assertThat(html.substring(html.indexOf("Status now"), html.indexOf("How the status is worked out")))
                .contains(">Amber<", "close to target");
    }

    @Test
    void anIndicatorWithoutValuesHasNoChartButSaysSo() throws Exception {
        var small = fixtures().withFramework();
        String html = page(
                "/partnerships/" + small.partnershipId() + "/outcomes/indicators/" + small.stable() + "/results",
                DemoUsers.FIONA);
        assertThat(html)
                .contains("No values have been recorded for the whole population yet.", ">No target<")
                .contains("Change<span class=\"govuk-visually-hidden\"> indicator Placements lasting a year")
                .doesNotContain("<svg");
    }

    @Test
    void frameworkPageShowsEachIndicatorsStatusAndLinksToItsPage() throws Exception {
        var small = fixtures().withFramework();
        long id = small.partnershipId();
        long moves = target(id, small.outcomeId(), "Moves in a quarter", Direction.LOWER_IS_BETTER, "5");
        measurements.saveGrid(id, Period.ofQuarter(2026, 2), Map.of(moves, "9"), users.current(DemoUsers.DAVID));

        String html = page("/partnerships/" + id + "/outcomes", DemoUsers.SAM);

        assertThat(html)
                .contains("href=\"/partnerships/" + id + "/outcomes/indicators/" + moves + "/results\"")
                .contains("Status now", ">Red<", ">No target<", "Amber means the value is within 10% of the target");
    }

    /** The board approves the period: Fiona for the public sector, then David for the third. */
    private void approveJointly(long id, Period period) {
        for (var email : java.util.List.of(DemoUsers.FIONA, DemoUsers.DAVID)) {
            var who = users.current(email);
            signoffs.approve(
                    id, period, signoffs.signoff(id, period, who).orElseThrow().version(), who);
        }
    }

    @Test
    void correctionsOfApprovedValuesAreListedWithWhoAndWhen() throws Exception {
        var small = fixtures().withFramework();
        long id = small.partnershipId();
        String grid = "/partnerships/" + id + "/outcomes/measurements";
        post(grid, DemoUsers.DAVID, "period", "2026-Q1", "value-" + small.stable(), "12")
                .andExpect(redirectedUrl(grid + "?period=2026-Q1"));
        var q1 = Period.ofQuarter(2026, 1);
        signoffs.submit(id, q1, users.current(DemoUsers.DAVID));
        approveJointly(id, q1);
        post(grid, DemoUsers.DAVID, "period", "2026-Q1", "value-" + small.stable(), "11");
        assertThat(page(grid + "?period=2026-Q1", DemoUsers.SAM))
                .contains("Values changed after submission, so the approvals given before were withdrawn");
        approveJointly(id, q1);
        post(grid, DemoUsers.FIONA, "period", "2026-Q1", "value-" + small.stable(), "10");
        approveJointly(id, q1);

        String html =
                page("/partnerships/" + id + "/outcomes/indicators/" + small.stable() + "/results", DemoUsers.SAM);

        assertThat(html).contains("Corrections after approval", "12 → 11", "11 → 10", "David Kerr", "Fiona Reid");
        assertThat(html.indexOf("12 → 11")).isLessThan(html.indexOf("11 → 10"));
        assertThat(html).contains(">Approved<");
    }

    @Test
    void outsidersGetNotFoundAndOtherPartnershipsIndicatorsAreNotFound() throws Exception {
        var small = fixtures().withFramework();
        var other = fixtures().withFramework();
        get(
                        "/partnerships/" + small.partnershipId() + "/outcomes/indicators/" + small.stable()
                                + "/results",
                        DemoUsers.IAIN)
                .andExpect(status().isNotFound());
        get(
                        "/partnerships/" + small.partnershipId() + "/outcomes/indicators/" + other.stable()
                                + "/results",
                        DemoUsers.FIONA)
                .andExpect(status().isNotFound());
    }

    @Test
    void theFalkirkDemoIndicatorsShowStatusAndACorrection() throws Exception {
        long falkirk = partnershipReads.mine(users.current(DemoUsers.FIONA)).stream()
                .filter(p -> p.title().equals("Falkirk foster care provision"))
                .findFirst()
                .orElseThrow()
                .id();
        String framework = page("/partnerships/" + falkirk + "/outcomes", DemoUsers.SAM);
        assertThat(framework).contains(">Green<", ">Amber<");
        String lasting = framework.substring(
                framework.lastIndexOf("href=\"", framework.indexOf(">Placements lasting 12 months or more<")) + 6);
        lasting = lasting.substring(0, lasting.indexOf('"'));
        assertThat(page(lasting, DemoUsers.SAM)).contains("39 → 38", "David Kerr", "<svg");
    }
}
