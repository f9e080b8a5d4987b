package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import scot.cairn.outcome.Period;
import scot.cairn.support.DemoUsers;

/** The outcome pages in a real browser: each page met here, with and without errors, must pass axe-core. */
@BrowserTest
class OutcomeBrowserTests {

    private final Browser browser;

    OutcomeBrowserTests(Browser browser) {
        this.browser = browser;
    }

    @Test
    void frameworkGridFormsAndImportPreviewAreAccessible() throws Exception {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.driver()
                .findElement(By.linkText("Falkirk foster care provision"))
                .click();
        browser.driver().findElement(By.linkText("Outcomes")).click();
        browser.waitForHeading("Outcome framework");
        assertThat(browser.driver().getPageSource()).contains("Placements lasting 12 months or more");
        String outcomes = browser.path();

        browser.driver().findElement(By.linkText("Measurements by period")).click();
        browser.waitForHeading("Measurements for " + Period.quarterOf(LocalDate.now(ZoneId.of("Europe/London"))));
        browser.open(outcomes + "/measurements?period=bad");
        assertThat(browser.driver().getPageSource()).contains("Enter a period like 2026-Q3");

        browser.open(outcomes + "/indicators/new");
        browser.driver()
                .findElement(By.xpath("//button[normalize-space()='Save indicator']"))
                .click();
        browser.waitForHeading("Add an indicator");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");

        browser.open(outcomes + "/import");
        var csv = Files.createTempFile("outcomes", ".csv");
        Files.writeString(csv, "indicator,period,value\nNobody,2026-Q3,x\n");
        browser.driver()
                .findElement(By.id("file"))
                .sendKeys(csv.toAbsolutePath().toString());
        browser.driver()
                .findElement(By.xpath("//button[normalize-space()='Upload and check']"))
                .click();
        browser.waitForHeading("Check the import");
        assertThat(browser.driver().getPageSource()).contains("1 row has errors");
        Files.delete(csv);
    }

    @Test
    void indicatorChartAndSustainabilityEvidenceAreAccessible() {
        browser.signIn(DemoUsers.DAVID, DemoUsers.PASSWORD);
        browser.open("/partnerships?title=Falkirk+foster");
        browser.driver()
                .findElement(By.linkText("Falkirk foster care provision"))
                .click();
        browser.driver().findElement(By.linkText("Outcomes")).click();
        browser.waitForHeading("Outcome framework");
        String outcomes = browser.path();

        browser.driver()
                .findElement(By.linkText("Placements lasting 12 months or more"))
                .click();
        browser.waitForHeading("Placements lasting 12 months or more");
        var chart = browser.driver().findElement(By.cssSelector("svg[role='img']"));
        assertThat(chart.getDomAttribute("aria-labelledby")).isEqualTo("chart-title chart-summary");
        assertThat(browser.driver().getPageSource()).contains("Corrections after approval", "39 → 38");

        browser.open(outcomes + "/sustainability");
        browser.waitForHeading("Sustainability evidence");
        assertThat(browser.driver().getPageSource()).contains("£4,428.57", "Placements made");

        browser.driver()
                .findElement(By.linkText("Change the sustainability evidence"))
                .click();
        browser.waitForHeading("Change the sustainability evidence");
        var participants = browser.driver().findElement(By.id("participants"));
        participants.clear();
        participants.sendKeys("many");
        browser.driver()
                .findElement(By.xpath("//button[normalize-space()='Save sustainability evidence']"))
                .click();
        browser.waitForHeading("Change the sustainability evidence");
        assertThat(browser.driver().getTitle()).startsWith("Error: ");
        assertThat(browser.driver().getPageSource()).contains("Enter the number of participants as a whole number");
    }
}
