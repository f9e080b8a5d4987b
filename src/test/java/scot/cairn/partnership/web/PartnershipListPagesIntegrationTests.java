package scot.cairn.partnership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/**
 * "My partnerships" a page at a time, with its filters. Fiona starts 27 partnerships whose titles share a word no other
 * title has, so that the title filter isolates them from everything else the tests start.
 */
@CairnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnershipListPagesIntegrationTests extends PartnershipPageSupport {

    private String word;

    @BeforeAll
    void twentySevenPartnershipsOfFionas() {
        word = "Paging" + Unique.suffix();
        var fiona = users.current(DemoUsers.FIONA);
        for (int n = 1; n <= 27; n++) {
            partnerships.start(
                    new PartnershipDetails(
                            "%s %02d".formatted(word, n),
                            n % 3 == 0 ? Market.HOUSING : Market.HEALTH,
                            n <= 5 ? "Stirling" : "Falkirk",
                            "Generated for the list tests.",
                            null),
                    fiona);
        }
    }

    @Test
    void theFirstPageShowsTwentyFiveWithTheCountAndALinkToTheNext() throws Exception {
        var html = page("/partnerships?title=" + word, DemoUsers.FIONA);

        assertThat(html)
                .contains("Showing 1 to 25 of 27 partnerships")
                .contains(word + " 01", word + " 25")
                .doesNotContain(word + " 26")
                .contains("class=\"govuk-pagination\"")
                .contains("href=\"/partnerships?title=" + word + "&amp;page=2\" rel=\"next\"")
                .contains("aria-label=\"Page 1\" aria-current=\"page\"");
    }

    @Test
    void theLastPageShowsTheRestAndLinksBack() throws Exception {
        var html = page("/partnerships?title=" + word.toLowerCase() + "&page=2", DemoUsers.FIONA);

        assertThat(html)
                .contains("Showing 26 to 27 of 27 partnerships")
                .contains(word + " 26", word + " 27")
                .doesNotContain(word + " 25<")
                .contains("href=\"/partnerships?title=" + word.toLowerCase() + "\" rel=\"prev\"")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void aPagePastTheEndSaysSoAndLinksBack() throws Exception {
        var html = page("/partnerships?title=" + word + "&page=9", DemoUsers.FIONA);

        assertThat(html)
                .contains("There are no partnerships on this page.")
                .contains("href=\"/partnerships?title=" + word + "&amp;page=2\" rel=\"prev\"");
    }

    @Test
    void marketRegionStageAndRoleNarrowTheList() throws Exception {
        assertThat(page("/partnerships?title=" + word + "&market=HOUSING", DemoUsers.FIONA))
                .contains("Showing 1 to 9 of 9 partnerships", word + " 03")
                .doesNotContain(word + " 01");
        assertThat(page("/partnerships?title=" + word + "&region=stir", DemoUsers.FIONA))
                .contains("Showing 1 to 5 of 5 partnerships", word + " 05")
                .doesNotContain(word + " 06");
        assertThat(page("/partnerships?title=" + word + "&stage=EXPLORE&role=MANAGER", DemoUsers.FIONA))
                .contains("Showing 1 to 25 of 27 partnerships");
        assertThat(page("/partnerships?title=" + word + "&stage=DESIGN", DemoUsers.FIONA))
                .contains("No partnerships match these filters.")
                .doesNotContain(word + " 01");
        assertThat(page("/partnerships?title=" + word + "&role=OBSERVER", DemoUsers.FIONA))
                .contains("No partnerships match these filters.");
    }

    @Test
    void myRoleFindsWhereIAmAMember() throws Exception {
        assertThat(page("/partnerships?title=foster&role=MEMBER", DemoUsers.DAVID))
                .contains(FOSTER_CARE + "</a>");
        assertThat(page("/partnerships?title=foster&role=MANAGER", DemoUsers.DAVID))
                .doesNotContain(FOSTER_CARE + "</a>");
    }

    @Test
    void theTitleSearchTakesPercentAndUnderscoreLiterally() throws Exception {
        assertThat(page("/partnerships?title=%25", DemoUsers.FIONA)).contains("No partnerships match these filters.");
        assertThat(page("/partnerships?title=" + word + "_0", DemoUsers.FIONA))
                .contains("No partnerships match these filters.");
    }

    @Test
    void administratorsFilterEveryPartnership() throws Exception {
        assertThat(page("/partnerships?show=all&title=" + word, DemoUsers.ADMIN))
                .contains("All partnerships", "Showing 1 to 25 of 27 partnerships", "Administrator")
                .contains("name=\"show\" value=\"all\"")
                .contains("href=\"/partnerships?show=all&amp;title=" + word + "&amp;page=2\" rel=\"next\"");
        assertThat(page("/partnerships?title=" + word, DemoUsers.ADMIN)).contains("No partnerships match");
        assertThat(page("/partnerships?show=all&title=" + word, DemoUsers.DAVID))
                .contains("My partnerships")
                .doesNotContain(word + " 01");
    }

    @Test
    void valuesThatCannotBeReadAreListedInTheErrorSummary() throws Exception {
        var html = html(get(
                        "/partnerships?title=" + "x".repeat(201) + "&stage=SIDEWAYS&market=moon&role=chief&page=x",
                        DemoUsers.FIONA)
                .andExpect(status().isOk()));

        assertThat(html)
                .contains("<title>Error: My partnerships")
                .contains("There is a problem")
                .contains("<a href=\"#title\">Search for 200 characters or fewer</a>")
                .contains("<a href=\"#stage\">Choose a stage from the list</a>")
                .contains("<a href=\"#market\">Choose a market from the list</a>")
                .contains("<a href=\"#role\">Choose a role from the list: manager, member or observer</a>")
                .contains("<a href=\"#page\">Enter a page number of 1 or more</a>")
                .contains("id=\"page\"")
                .doesNotContain("govuk-table__body");
        assertThat(page("/partnerships?page=0", DemoUsers.FIONA))
                .contains("<a href=\"#page\">Enter a page number of 1 or more</a>");
    }

    @Test
    void filtersAreInTheReadersLanguage() throws Exception {
        assertThat(html(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(
                                "/partnerships?title=" + word)
                        .with(users.as(DemoUsers.FIONA))
                        .cookie(new jakarta.servlet.http.Cookie("cairn-language", "cy")))))
                .contains("Yn dangos 1 i 25 o 27 o bartneriaethau");
    }
}
