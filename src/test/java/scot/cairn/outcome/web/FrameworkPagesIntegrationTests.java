package scot.cairn.outcome.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** Building an outcome framework on its pages, who may do it, and the messages for bad input. */
@CairnTest
class FrameworkPagesIntegrationTests extends OutcomePageSupport {

    @Test
    void memberBuildsAFrameworkAndTheHistoryShowsIt() throws Exception {
        long id = fixtures().partnership();
        String base = "/partnerships/" + id + "/outcomes";
        assertThat(page(base, DemoUsers.DAVID))
                .contains("No stakeholder groups yet", "aria-current=\"page\">Outcomes</a>");

        post(base + "/stakeholders/new", DemoUsers.DAVID, "name", "Foster carers", "description", "Approved carers")
                .andExpect(redirectedUrl(base));
        long group = frameworks
                .framework(id, users.current(DemoUsers.DAVID))
                .stakeholders()
                .get(0)
                .id();
        post(base + "/new", DemoUsers.DAVID, "stakeholderGroupId", String.valueOf(group), "name", "Carers stay")
                .andExpect(redirectedUrl(base));
        long outcome = frameworks
                .framework(id, users.current(DemoUsers.DAVID))
                .outcomes()
                .get(0)
                .id();
        post(
                        base + "/indicators/new",
                        DemoUsers.DAVID,
                        "outcomeId",
                        String.valueOf(outcome),
                        "name",
                        "Carers retained",
                        "unit",
                        "carers",
                        "direction",
                        "HIGHER_IS_BETTER",
                        "baseline",
                        "40",
                        "target",
                        "45.5",
                        "frequency",
                        "QUARTERLY")
                .andExpect(redirectedUrl(base));

        assertThat(page(base, DemoUsers.SAM))
                .contains("Foster carers", "Carers stay", "Carers retained", "45.5", "Higher is better")
                .doesNotContain("Add a stakeholder group");
        assertThat(history(id))
                .contains("Stakeholder group added", "Outcome added", "Indicator added", "Target: (none) → 45.5");
    }

    @Test
    void changingAnIndicatorKeepsItsIdAndRecordsTheChange() throws Exception {
        var small = fixtures().withFramework();
        String url = "/partnerships/" + small.partnershipId() + "/outcomes/indicators/" + small.stable();
        assertThat(page(url, DemoUsers.FIONA)).contains("value=\"Placements lasting a year\"");

        post(
                        url,
                        DemoUsers.FIONA,
                        "version",
                        "0",
                        "outcomeId",
                        String.valueOf(small.outcomeId()),
                        "name",
                        "Placements lasting 12 months",
                        "unit",
                        "children",
                        "direction",
                        "HIGHER_IS_BETTER",
                        "frequency",
                        "QUARTERLY")
                .andExpect(redirectedUrl("/partnerships/" + small.partnershipId() + "/outcomes"));

        assertThat(history(small.partnershipId()))
                .contains(
                        "Indicator changed",
                        "Indicator: Placements lasting a year → Placements lasting 12 months",
                        "Baseline: 10 → (none)");
    }

    @Test
    void badInputIsExplainedInTheErrorSummary() throws Exception {
        var small = fixtures().withFramework();
        String base = "/partnerships/" + small.partnershipId() + "/outcomes";

        var html = html(post(
                        base + "/indicators/new",
                        DemoUsers.FIONA,
                        "outcomeId",
                        String.valueOf(small.outcomeId()),
                        "name",
                        "unplanned MOVES",
                        "unit",
                        "",
                        "direction",
                        "HIGHER_IS_BETTER",
                        "baseline",
                        "12",
                        "frequency",
                        "QUARTERLY")
                .andExpect(status().isOk()));
        assertThat(html)
                .contains("There is a problem", "<title>Error: ", "Enter the unit, such as children or per cent")
                .contains("href=\"#unit\"");
        html = html(post(
                        base + "/indicators/new",
                        DemoUsers.FIONA,
                        "outcomeId",
                        String.valueOf(small.outcomeId()),
                        "name",
                        "Something",
                        "unit",
                        "moves",
                        "direction",
                        "HIGHER_IS_BETTER",
                        "baseline",
                        "lots",
                        "frequency",
                        "QUARTERLY")
                .andExpect(status().isOk()));
        assertThat(html).contains("Enter a number, like 1250.50", "href=\"#baseline\"");

        html = html(post(
                        base + "/indicators/new",
                        DemoUsers.FIONA,
                        "outcomeId",
                        String.valueOf(small.outcomeId()),
                        "name",
                        "unplanned MOVES",
                        "unit",
                        "moves",
                        "direction",
                        "LOWER_IS_BETTER",
                        "frequency",
                        "QUARTERLY")
                .andExpect(status().isOk()));
        assertThat(html)
                .contains("An indicator called unplanned MOVES already exists in this partnership", "href=\"#name\"");

        html = html(
                post(base + "/stakeholders/new", DemoUsers.FIONA, "name", "").andExpect(status().isOk()));
        assertThat(html).contains("Enter the stakeholder group’s name");
    }

    @Test
    void copiesAFrameworkWithoutMeasurements() throws Exception {
        var source = fixtures().withFramework();
        long target = fixtures().partnership();
        String base = "/partnerships/" + target + "/outcomes";
        assertThat(page(base + "/copy", DemoUsers.FIONA)).contains("Copy an outcome framework");

        post(base + "/copy", DemoUsers.FIONA, "sourceId", String.valueOf(source.partnershipId()))
                .andExpect(redirectedUrl(base));
        var copied = frameworks.framework(target, users.current(DemoUsers.FIONA));
        assertThat(copied.indicators())
                .extracting(i -> i.name())
                .containsExactly("Placements lasting a year", "Unplanned moves");

        var again = html(post(base + "/copy", DemoUsers.FIONA, "sourceId", String.valueOf(source.partnershipId()))
                .andExpect(status().isOk()));
        assertThat(again).contains("There is a problem", "is already in this partnership");
    }

    @Test
    void observersReadButCannotChangeAndOutsidersSeeNothing() throws Exception {
        var small = fixtures().withFramework();
        String base = "/partnerships/" + small.partnershipId() + "/outcomes";
        get(base + "/stakeholders/new", DemoUsers.SAM).andExpect(status().isForbidden());
        post(base + "/stakeholders/new", DemoUsers.SAM, "name", "Sneaky").andExpect(status().isForbidden());
        post(base + "/indicators/" + small.stable(), DemoUsers.SAM, "name", "x").andExpect(status().isForbidden());
        get(base, DemoUsers.IAIN).andExpect(status().isNotFound());
        get(base + "/indicators/" + small.stable(), DemoUsers.IAIN).andExpect(status().isNotFound());
        post(base + "/copy", DemoUsers.IAIN, "sourceId", "1").andExpect(status().isNotFound());
        assertThat(frameworks
                        .framework(small.partnershipId(), users.current(DemoUsers.FIONA))
                        .stakeholders())
                .hasSize(1);
    }
}
