package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import scot.cairn.support.DemoUsers;

/**
 * A meeting's pack and minutes in a real browser, axe-checked: Fiona adds a paper and issues the pack, minutes a
 * decision and an action at the board's last meeting, and David closes the action.
 */
@BrowserTest
class MeetingPackBrowserTests {

    private final Browser browser;

    MeetingPackBrowserTests(Browser browser) {
        this.browser = browser;
    }

    static java.nio.file.Path paper() throws Exception {
        var file = Files.createTempFile("cairn-paper-", ".pdf");
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            var out = new ByteArrayOutputStream();
            doc.save(out);
            Files.write(file, out.toByteArray());
        }
        file.toFile().deleteOnExit();
        return file;
    }

    @Test
    void anOrganiserAddsAPaperAndIssuesThePack() throws Exception {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("Meetings");
        browser.follow("Schedule a meeting");
        String title = "Budget board " + System.nanoTime();
        browser.form()
                .select("groupId", "Governance Group / Project Board")
                .type("title", title)
                .date("date", LocalDate.now(ZoneId.of("Europe/London")).plusDays(21))
                .type("place", "Callendar House, Falkirk");
        browser.form().press("Schedule");
        browser.waitForHeading(title);
        browser.form().type("title", "Pilot budget");
        browser.form().press("Add the item");
        browser.waitForHeading(title);

        browser.follow("Add a paper");
        browser.waitForHeading("Add a paper");
        browser.form().press("Add the paper");
        browser.waitForHeading("Add a paper");
        assertThat(browser.form().errors()).contains("Choose the agenda item the paper is for");
        browser.form().select("item", "2. Pilot budget").type("title", "Budget for the pilot");
        browser.driver().findElement(By.id("file")).sendKeys(paper().toString());
        browser.form().press("Add the paper");
        browser.waitForHeading(title);
        assertThat(browser.form().banner()).contains("is added");
        assertThat(browser.driver().getPageSource()).contains("Budget for the pilot", "Pack not issued yet");

        browser.form().press("Issue the pack");
        browser.waitForHeading(title);
        assertThat(browser.form().banner()).contains("The pack is issued");
        assertThat(browser.driver().getPageSource()).contains("Pack issued on", "Issue the pack again");

        browser.follow("Back to the meetings");
        browser.waitForHeading("Meetings");
        browser.submitWith(browser.driver().findElement(By.cssSelector(".govuk-summary-list__actions a")));
        browser.waitForHeading("Deadline for papers");
        browser.form().type("paperDays", "99");
        browser.form().press("Save the deadline");
        assertThat(browser.form().errors()).contains("Enter a whole number of working days from 0 to 30");

        browser.follow("Back to the meetings");
        browser.follow("See your meetings and actions in your own calendar");
        browser.waitForHeading("Your calendar feed");
        browser.form().press("Make");
        browser.waitForHeading("Your calendar feed");
        assertThat(browser.text("#feed-address")).contains("/calendar/feeds/");
    }

    @Test
    void anOrganiserMinutesADecisionAndAnActionAndTheOwnerClosesIt() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.follow("Falkirk foster care provision");
        browser.follow("Meetings");
        browser.waitForHeading("Meetings");
        // The board's last meeting: its minutes are a draft, circulated but not yet approved.
        browser.submitWith(
                browser.driver().findElement(By.cssSelector("[aria-labelledby='past-caption'] tbody a.govuk-link")));
        String meeting = browser.path();
        browser.follow("Read the minutes");
        browser.waitForHeading("Minutes");
        assertThat(browser.driver().getPageSource()).contains("Recruitment of new carers", "Draft circulated");
        browser.open(meeting + "/minutes/2");
        browser.waitForHeading("Recruitment of new carers");
        String decision = "Run a second recruitment evening " + System.nanoTime();
        browser.form().type("title", decision).type("decision", "A second evening is held in spring.");
        browser.form().press("Record the decision");
        browser.waitForHeading("Recruitment of new carers");
        assertThat(browser.form().banner()).contains("The decision is minuted");
        assertThat(browser.driver().getPageSource()).contains(decision);

        String action = "Book the spring evening " + System.nanoTime();
        browser.form()
                .type("text", action)
                .select("ownerId", "David Kerr")
                .date("due", LocalDate.now(ZoneId.of("Europe/London")).plusDays(30));
        browser.form().press("Record the action");
        browser.waitForHeading("Recruitment of new carers");
        assertThat(browser.driver().getPageSource()).contains(action);
        browser.follow("Back to the minutes");
        browser.waitForHeading("Minutes");
        assertThat(browser.driver().getPageSource()).contains(decision, action);
        // Changing the minutes took the circulation back: the corrected draft goes round again.
        assertThat(browser.driver().getPageSource()).contains("Draft, not yet circulated.");
        browser.form().press("Circulate the draft minutes");
        browser.waitForHeading("Minutes");
        assertThat(browser.driver().getPageSource()).contains("Draft circulated on");

        browser.signOut();
        browser.signIn(DemoUsers.DAVID, DemoUsers.PASSWORD);
        browser.open(meeting);
        var done = browser.driver()
                .findElements(By.xpath(
                        "//li[contains(., '" + action + "')]//button[starts-with(normalize-space(), 'Mark done')]"));
        assertThat(done).hasSize(1);
        browser.submitWith(done.get(0));
        assertThat(browser.form().banner()).contains("done");
        assertThat(browser.driver()
                        .findElements(
                                By.xpath("//li[contains(., '" + action + "')]//strong[normalize-space() = 'Done']")))
                .hasSize(1);
    }
}
