package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.consultation.ConsultationDetails;
import scot.cairn.consultation.ConsultationService;
import scot.cairn.consultation.ConsultationView;
import scot.cairn.consultation.Method;
import scot.cairn.consultation.QuestionDetails;
import scot.cairn.consultation.QuestionKind;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.support.DemoUsers;

/**
 * A carer answers a consultation through its link without an account, with the keyboard only; the team reads the
 * results and enters a paper response. Every page is checked with axe.
 */
@BrowserTest
class ConsultationBrowserTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    ConsultationService consultations;

    @Autowired
    scot.cairn.support.DemoUsers users;

    @Autowired
    scot.cairn.consultation.ResponseService responses;

    private final Browser browser;

    ConsultationBrowserTests(Browser browser) {
        this.browser = browser;
    }

    private ConsultationView open(long id) {
        var fiona = users.current(DemoUsers.FIONA);
        var c = consultations.create(
                id,
                new ConsultationDetails(
                        "Carers on respite",
                        "What would make respite work for you?",
                        "Foster carers",
                        Set.of(Method.ONLINE),
                        null,
                        LocalDate.now(ZoneId.of("Europe/London")).plusDays(7),
                        "We pay travel costs.",
                        true),
                fiona);
        c = consultations.addQuestion(
                id,
                c.id(),
                c.version(),
                new QuestionDetails(
                        QuestionKind.SINGLE_CHOICE, "How often do you get respite?", "Never\nSometimes", true),
                fiona);
        c = consultations.addQuestion(
                id,
                c.id(),
                c.version(),
                new QuestionDetails(QuestionKind.RATING, "How good is it?", null, false),
                fiona);
        c = consultations.addQuestion(
                id,
                c.id(),
                c.version(),
                new QuestionDetails(QuestionKind.FREE_TEXT, "What would help most?", null, false),
                fiona);
        return consultations.open(id, c.id(), c.version(), fiona);
    }

    @Test
    void aCarerAnswersWithTheKeyboardOnlyAndWithoutAnAccount() {
        long id = governance.newPartnership();
        var c = open(id);
        browser.open(c.link());
        browser.waitForHeading("Carers on respite");
        assertThat(browser.driver().getPageSource()).contains("We pay travel costs.", "Your answers are anonymous");

        tabTo("send-answers");
        browser.press(Keys.ENTER);
        browser.waitForHeading("Carers on respite");
        assertThat(browser.form().errors()).contains("Answer question 1");

        tabTo("q1");
        browser.press(Keys.SPACE);
        tabTo("q2");
        browser.press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        tabTo("q3");
        browser.press("A weekend a month, <b>booked</b> ahead");
        tabTo("send-answers");
        browser.press(Keys.ENTER);
        browser.waitForHeading("Thank you");

        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships/" + id + "/consultations/" + c.id() + "/results");
        browser.waitForHeading("Results");
        var page = browser.driver().getPageSource();
        assertThat(page).contains("1 response.", "Average rating 3 out of 5", "A weekend a month, &lt;b&gt;booked");

        browser.open("/partnerships/" + id + "/consultations/" + c.id());
        browser.follow("Enter a response");
        browser.form().press("Record the response");
        assertThat(browser.form().errors()).contains("Choose where the response came from", "Answer question 1");
        browser.form().choose("channel", "PAPER").choose("q1", "2").press("Record the response");
        browser.waitForHeading("Results");
        assertThat(browser.driver().getPageSource()).contains("2 responses.", "Recorded by Fiona Reid");

        browser.open("/partnerships/" + id + "/consultations");
        browser.follow("Start a consultation");
        browser.form().press("Start the consultation");
        assertThat(browser.form().errors()).contains("Enter what the consultation is called");
        browser.form()
                .type("title", "Young people leaving care")
                .date("closes", LocalDate.now(ZoneId.of("Europe/London")).plusDays(5))
                .press("Start the consultation");
        browser.waitForHeading("Young people leaving care Draft");
        browser.form().press("Add the question");
        assertThat(browser.form().errors()).contains("Choose how the question is answered", "Enter the question");
    }

    @Test
    void theTeamPublishesYouSaidWeDidAndThePeopleConsultedReadItAtTheLink() {
        long id = governance.newPartnership();
        var c = open(id);
        responses.record(
                id,
                c.id(),
                new scot.cairn.consultation.ResponseDetails(
                        scot.cairn.consultation.Channel.WORKSHOP,
                        null,
                        null,
                        null,
                        java.util.List.of(
                                new scot.cairn.consultation.AnswerInput(1, null, java.util.List.of(1), null),
                                new scot.cairn.consultation.AnswerInput(3, "Respite booked months ahead", null, null))),
                users.current(DemoUsers.FIONA));
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.open("/partnerships/" + id + "/consultations/" + c.id());
        browser.follow("You said, we did");
        browser.waitForHeading("You said, we did");
        browser.form().press("Add the theme");
        assertThat(browser.form().errors()).contains("Enter the theme");
        browser.form()
                .type("name", "Respite booked ahead")
                .type("said", "Respite comes too late.")
                .type("response", "Carers will book respite a term ahead.")
                .press("Add the theme");
        assertThat(browser.form().banner()).contains("Theme Respite booked ahead added.");
        browser.follow("Answers to question 3: What would help most?");
        browser.waitForHeading("3. What would help most?");
        browser.driver()
                .findElement(org.openqa.selenium.By.cssSelector("input[name=themeIds]"))
                .sendKeys(Keys.SPACE);
        browser.submitWith(browser.driver().findElement(org.openqa.selenium.By.cssSelector("button[id^=save-]")));
        assertThat(browser.form().banner()).contains("Themes of the answer saved.");
        browser.follow("Back to you said, we did");
        browser.follow("Respite booked ahead");
        browser.waitForHeading("Respite booked ahead");
        assertThat(browser.driver().getPageSource()).contains("1 answer tagged with it.");
        browser.form().press("Publish to the people consulted");
        assertThat(browser.form().banner()).contains("Published at the consultation’s link.");

        browser.open("/partnerships/" + id + "/consultations/" + c.id());
        browser.follow("Participants’ expenses");
        browser.waitForHeading("Participants’ expenses");
        browser.form().press("Record the claim");
        assertThat(browser.form().errors()).contains("Enter who claims", "Enter the amount");
        browser.form()
                .type("claimant", "Ann Brodie")
                .choose("kind", "TRAVEL")
                .type("amount", "14.20")
                .date("incurredOn", LocalDate.now(ZoneId.of("Europe/London")))
                .press("Record the claim");
        assertThat(browser.form().banner()).contains("Claim recorded.");
        assertThat(browser.text("table")).contains("E-1 Ann Brodie", "£14.20", "Waiting");

        browser.signOut();
        browser.open(c.link());
        browser.waitForHeading("Carers on respite");
        assertThat(browser.text("main"))
                .contains("You said, we did", "Respite comes too late.", "Carers will book respite a term ahead.");
    }

    /** Presses Tab until the element with this id has the focus, at most 40 times. */
    private void tabTo(String id) {
        for (int presses = 0; presses < 40; presses++) {
            if (id.equals(browser.focused().getDomAttribute("id"))) {
                return;
            }
            browser.press(Keys.TAB);
        }
        throw new AssertionError("Forty presses of Tab did not reach #" + id);
    }
}
