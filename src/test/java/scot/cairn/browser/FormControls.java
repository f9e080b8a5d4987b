package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The forms, error summary and banners of the page a {@link Browser} shows, used with the keyboard: text is typed,
 * radios are chosen with the space bar and forms are sent by pressing Enter on their button. Controls are found by
 * the ids and names Cairn's form fragments give them (the field name, such as {@code answers[0].evidence}).
 */
public final class FormControls {

    private final Browser browser;
    private final WebDriver driver;

    FormControls(Browser browser) {
        this.browser = browser;
        this.driver = browser.driver();
    }

    /**
     * Replaces the text of a text field or text area. Chromium now and then loses a node it has just found in a page
     * that finished loading ("does not belong to the document"); the field is then found again, once.
     */
    public FormControls type(String id, String text) {
        try {
            typeOnce(id, text);
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() == null || !e.getMessage().contains("does not belong to the document")) {
                throw e;
            }
            typeOnce(id, text);
        }
        return this;
    }

    private void typeOnce(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** Empties a text, date or text area field. */
    public FormControls clear(String id) {
        driver.findElement(By.id(id)).clear();
        return this;
    }

    /** Chooses the option of a select with this visible text (the empty choice too, such as "Choose a market"). */
    public FormControls select(String id, String option) {
        new Select(driver.findElement(By.id(id))).selectByVisibleText(option);
        return this;
    }

    /** Chooses the radio button with this value in the group, with the space bar. */
    public FormControls choose(String name, String value) {
        WebElement radio =
                driver.findElement(By.cssSelector("input[type='radio'][name='" + name + "'][value='" + value + "']"));
        radio.sendKeys(Keys.SPACE);
        assertThat(radio.isSelected())
                .as("radio %s = %s is chosen", name, value)
                .isTrue();
        return this;
    }

    /**
     * Types a date into a date field. The browser's date control takes the digits in its own locale's order (month
     * first in en-US, day first in en-GB), so the order is asked of the browser first.
     */
    public FormControls date(String id, LocalDate date) {
        @SuppressWarnings("unchecked")
        List<String> order = (List<String>) ((JavascriptExecutor) driver)
                .executeScript("return new Intl.DateTimeFormat(navigator.language,"
                        + " {year: 'numeric', month: '2-digit', day: '2-digit'})"
                        + ".formatToParts(new Date(2027, 0, 2))"
                        + ".filter(function (p) { return p.type !== 'literal'; })"
                        + ".map(function (p) { return p.type; });");
        Map<String, String> digits = Map.of(
                "year", "%04d".formatted(date.getYear()),
                "month", "%02d".formatted(date.getMonthValue()),
                "day", "%02d".formatted(date.getDayOfMonth()));
        WebElement field = driver.findElement(By.id(id));
        field.sendKeys(String.join("", order.stream().map(digits::get).toList()));
        assertThat(field.getDomProperty("value")).as("date typed into %s", id).isEqualTo(date.toString());
        return this;
    }

    /** Presses Enter on the button in the main content whose text starts with this, and waits for the next page. */
    public void press(String button) {
        browser.submitWith(
                driver.findElement(By.xpath("//main//button[starts-with(normalize-space(), '" + button + "')]")));
    }

    /**
     * Goes from the error summary, which GOV.UK Frontend focuses when the page loads, to the link with this message
     * with Tab, and follows it with Enter (the script then moves the focus to the field the message is about).
     */
    public void followError(String message) {
        browser.waitUntil(
                d -> String.valueOf(browser.focused().getDomAttribute("class")).contains("govuk-error-summary"),
                () -> "The error summary does not have the focus; "
                        + browser.focused().getTagName() + " has");
        for (int presses = 0; presses < errors().size(); presses++) {
            browser.press(Keys.TAB);
            if (message.equals(browser.focused().getText())) {
                browser.press(Keys.ENTER);
                return;
            }
        }
        throw new AssertionError("Tab did not reach the error summary link '" + message + "'");
    }

    /** Clicks the error summary's link with this message, as someone using a mouse would. */
    public void clickError(String message) {
        driver.findElement(By.className("govuk-error-summary"))
                .findElement(By.linkText(message))
                .click();
    }

    /** The messages in the page's error summary, in order; empty if it has none. */
    public List<String> errors() {
        return driver.findElements(By.cssSelector(".govuk-error-summary__list li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Where the error summary's link with this message leads, such as {@code #title}. */
    public String errorLink(String message) {
        return driver.findElement(By.linkText(message)).getDomAttribute("href");
    }

    /** The text of the page's notification banner ("Success" and the message), or fails if there is none. */
    public String banner() {
        return driver.findElement(By.className("govuk-notification-banner")).getText();
    }

    /** The error message shown above a field. */
    public String fieldError(String id) {
        return driver.findElement(By.id(id + "-error")).getText().replaceAll("\\s+", " ");
    }
}
