package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.sroi.SroiFixture;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/**
 * The home page after sign-in and a partnership's overview with its to-do list and next steps: an overdue joint
 * decision waits on David, says so in words, and its link leads to the decision; every page passes axe.
 */
@BrowserTest
class ToDoBrowserTests {

    private final Browser browser;

    @Autowired
    SroiFixture fixture;

    @Autowired
    DecisionService decisions;

    ToDoBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void theHomePageListsWhatNeedsYouAndLeadsToWhereYouAct() {
        long id = fixture.partnership();
        String title = Unique.name("Overdue decision");
        decisions.propose(
                id,
                null,
                new DecisionDetails(
                        title, "Context.", null, "Go ahead.", LocalDate.of(1990, 1, 3), true, null, null, null),
                fixture.fiona());

        browser.signIn(DemoUsers.DAVID, DemoUsers.PASSWORD);

        assertThat(browser.path()).isEqualTo("/");
        WebElement first = browser.findAll(".cairn-todo li").get(0);
        assertThat(first.getText()).contains("Overdue", "Approve decision D-1: " + title, "Due 3 January 1990.");
        assertThat(browser.driver().findElement(By.id("main-content")).getText())
                .contains("Waiting on others", "My partnerships");
        browser.assertAccessible();

        browser.follow("Approve decision D-1: " + title);
        assertThat(browser.path()).startsWith("/partnerships/" + id + "/governance/decisions/");

        browser.open("/partnerships/" + id);
        assertThat(browser.driver().findElement(By.id("main-content")).getText())
                .contains("What needs you here", "Approve decision D-1: " + title, "Next steps to Design");
        assertThat(browser.findAll(".cairn-steps li")).isNotEmpty();
        browser.assertAccessible();
    }
}
