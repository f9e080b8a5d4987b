package scot.cairn.outcome.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import scot.cairn.outcome.MeasurementService;
import scot.cairn.outcome.MeasurementView;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** Entering a period's values on the grid: all or nothing, with errors linked to their cells. */
@CairnTest
class MeasurementPagesIntegrationTests extends OutcomePageSupport {

    @org.springframework.beans.factory.annotation.Autowired
    MeasurementService measurements;

    @Test
    void memberEntersAPeriodAndCorrectsAValue() throws Exception {
        var small = fixtures().withFramework();
        String url = "/partnerships/" + small.partnershipId() + "/outcomes/measurements";
        assertThat(page(url + "?period=2026-Q3", DemoUsers.DAVID))
                .contains(
                        "Measurements for 2026-Q3", "Placements lasting a year", "id=\"value-" + small.stable() + "\"");

        post(url, DemoUsers.DAVID, "period", "2026-Q3", "value-" + small.stable(), "12", "value-" + small.moves(), "")
                .andExpect(redirectedUrl(url + "?period=2026-Q3"));
        post(
                        url,
                        DemoUsers.DAVID,
                        "period",
                        "2026-Q3",
                        "value-" + small.stable(),
                        "13.5",
                        "value-" + small.moves(),
                        "2")
                .andExpect(redirectedUrl(url + "?period=2026-Q3"));

        assertThat(values(small.partnershipId()))
                .containsExactly("Placements lasting a year 13.5", "Unplanned moves 2");
        assertThat(page(url + "?period=2026-Q3", DemoUsers.SAM))
                .contains("13.5 children")
                .doesNotContain("Save values");
        assertThat(history(small.partnershipId()))
                .contains("Measurements entered", "Period: (none) → 2026-Q3", "Placements lasting a year: 12 → 13.5");
    }

    @Test
    void oneBadCellSavesNothingAndLinksToTheCell() throws Exception {
        var small = fixtures().withFramework();
        String url = "/partnerships/" + small.partnershipId() + "/outcomes/measurements";

        var html = html(post(
                        url,
                        DemoUsers.FIONA,
                        "period",
                        "2026-Q3",
                        "value-" + small.stable(),
                        "7",
                        "value-" + small.moves(),
                        "seven")
                .andExpect(status().isOk()));

        assertThat(html)
                .contains("There is a problem", "<title>Error: ")
                .contains("href=\"#value-" + small.moves() + "\"")
                .containsIgnoringCase("Unplanned moves: enter a number")
                .contains("value=\"seven\"");
        assertThat(values(small.partnershipId())).isEmpty();
    }

    @Test
    void valuesForPartsOfThePopulationShowOnTheGridAndTheIndicatorPage() throws Exception {
        var small = fixtures().withFramework();
        long id = small.partnershipId();
        var david = users.current(scot.cairn.support.DemoUsers.DAVID);
        for (var part : new String[][] {{"Falkirk North", "3"}, {"Falkirk South", "5"}}) {
            measurements.record(
                    id,
                    new scot.cairn.outcome.MeasurementRow("Unplanned moves", "2026-Q2", part[1], part[0], null, null),
                    david);
        }
        String grid =
                page("/partnerships/" + id + "/outcomes/measurements?period=2026-Q2", scot.cairn.support.DemoUsers.SAM);
        assertThat(grid).contains("Falkirk North: 3", "Falkirk South: 5");
        String results = page(
                "/partnerships/" + id + "/outcomes/indicators/" + small.moves() + "/results",
                scot.cairn.support.DemoUsers.SAM);
        assertThat(results).contains("Values for parts of the population", "Falkirk North", "Falkirk South", "Not yet");
    }

    @Test
    void valuesForAPeriodThatHasNotEndedAreRefused() throws Exception {
        var small = fixtures().withFramework();
        String url = "/partnerships/" + small.partnershipId() + "/outcomes/measurements";
        String html =
                html(post(url, scot.cairn.support.DemoUsers.DAVID, "period", "2099-Q1", "value-" + small.stable(), "4")
                        .andExpect(status().isOk()));
        assertThat(html).contains("There is a problem", "2099-Q1 has not ended yet: enter its values once it is over");
        assertThat(page(url + "?period=2099-Q1", scot.cairn.support.DemoUsers.DAVID))
                .contains("2099-Q1 has not ended yet")
                .doesNotContain("Save values");
    }

    @Test
    void anUnreadablePeriodIsExplained() throws Exception {
        var small = fixtures().withFramework();
        assertThat(page("/partnerships/" + small.partnershipId() + "/outcomes/measurements?period=Q9", DemoUsers.FIONA))
                .contains("Enter a period like 2026-Q3");
    }

    @Test
    void observersCannotSaveAndOutsidersSeeNothing() throws Exception {
        var small = fixtures().withFramework();
        String url = "/partnerships/" + small.partnershipId() + "/outcomes/measurements";
        post(url, DemoUsers.SAM, "period", "2026-Q3", "value-" + small.stable(), "1")
                .andExpect(status().isForbidden());
        get(url, DemoUsers.IAIN).andExpect(status().isNotFound());
        post(url, DemoUsers.IAIN, "period", "2026-Q3", "value-" + small.stable(), "1")
                .andExpect(status().isNotFound());
        assertThat(values(small.partnershipId())).isEmpty();
    }

    private java.util.List<String> values(long id) {
        return measurements.list(id, null, users.current(DemoUsers.FIONA)).stream()
                .map(MeasurementView.class::cast)
                .map(m ->
                        m.indicatorName() + " " + m.value().stripTrailingZeros().toPlainString())
                .toList();
    }
}
