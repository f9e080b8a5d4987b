package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/** "My partnerships" filtered and paged in a browser, and refused filters, all accessible. */
@BrowserTest
class PartnershipListBrowserTests {

    private final Browser browser;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    DemoUsers users;

    PartnershipListBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void filtersAndPagesAreAccessible() {
        String word = "Browsing" + Unique.suffix();
        for (int n = 1; n <= 26; n++) {
            partnerships.start(
                    new PartnershipDetails(
                            "%s %02d".formatted(word, n), Market.HEALTH, "Falkirk", "For the list in a browser.", null),
                    users.current(DemoUsers.FIONA));
        }
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships");

        browser.form().type("title", word).select("stage", "Explore").press("Apply filters");

        assertThat(browser.text("caption")).isEqualTo("Showing 1 to 25 of 26 partnerships");
        browser.assertAccessible();
        browser.follow("Next page");
        assertThat(browser.text("caption")).isEqualTo("Showing 26 to 26 of 26 partnerships");
        assertThat(browser.path()).contains("page=2", "title=" + word);

        browser.open("/partnerships?stage=SIDEWAYS&page=none");
        assertThat(browser.form().errors())
                .contains("Choose a stage from the list", "Enter a page number of 1 or more");
        browser.assertAccessible();
    }
}
