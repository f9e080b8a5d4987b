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
}
