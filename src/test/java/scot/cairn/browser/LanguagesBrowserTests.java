package scot.cairn.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DecisionStatus;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/**
 * Cairn in Welsh and in Scottish Gaelic, as a board member uses it: the language is chosen with the link in the header
 * before signing in, stays chosen through sign-in, and a decision is approved with every page in that language and
 * free of accessibility violations. The words expected are read from the bundles, so a better translation does not
 * break the test, but English where Welsh or Gaelic belongs does.
 */
@BrowserTest
class LanguagesBrowserTests {

    private final Browser browser;

    @Autowired
    GovernanceFixture fixture;

    @Autowired
    DecisionService decisions;

    @Autowired
    DemoUsers users;

    @Autowired
    MessageSource messages;

    @Autowired
    scot.cairn.identity.LanguagePreference languages;

    LanguagesBrowserTests(Browser browser) {
        this.browser = browser;
    }

    /** Fiona chose Welsh or Gaelic here: she reads English again in the tests that follow, whatever their order. */
    @org.junit.jupiter.api.AfterEach
    void englishAgain() {
        languages.choose(users.current(DemoUsers.FIONA).personId(), Locale.ENGLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cy", "gd"})
    void aBoardMemberSignsInAndApprovesADecisionInTheirLanguage(String language) {
        var locale = Locale.forLanguageTag(language);
        long id = fixture.newPartnership();
        fixture.board(id);
        var decision = decisions.propose(
                id,
                null,
                new DecisionDetails(
                        Unique.name("Hire a carer support worker"),
                        "The pilot needs one more worker.",
                        "",
                        "Hire one worker for a year.",
                        LocalDate.now(),
                        false,
                        null,
                        null,
                        null),
                users.current(DemoUsers.FIONA));

        browser.open("/sign-in");
        assertThat(pageLanguage()).isEqualTo("en");
        browser.driver()
                .findElement(By.cssSelector(".cairn-header__languages a[hreflang='" + language + "']"))
                .click();
        browser.waitForHeading(messages.getMessage("identity.signIn.heading", null, locale));
        assertThat(pageLanguage()).isEqualTo(language);

        browser.submitSignIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        browser.waitUntil(
                d -> !browser.path().startsWith("/sign-in"), () -> "Still on the sign-in page: " + browser.heading());
        assertThat(pageLanguage()).isEqualTo(language);

        browser.open("/partnerships/" + id);
        assertThat(pageLanguage()).isEqualTo(language);
        browser.open("/partnerships/" + id + "/governance/decisions/" + decision.id());
        String approved = messages.getMessage(DecisionStatus.APPROVED.labelKey(), null, locale);
        assertThat(approved)
                .isNotEqualTo(messages.getMessage(DecisionStatus.APPROVED.labelKey(), null, Locale.ENGLISH));
        browser.submitWith(browser.driver().findElement(By.cssSelector("form[action$='/approve'] button")));
        browser.waitUntil(
                d -> !d.findElements(By.className("govuk-notification-banner")).isEmpty(),
                () -> "No banner after approving on " + browser.path());
        assertThat(browser.text(".govuk-tag")).isEqualTo(approved);
        assertThat(pageLanguage()).isEqualTo(language);

        browser.open("/account");
        assertThat(pageLanguage()).isEqualTo(language);
        browser.assertEveryVisitedPageAccessible();
    }

    /**
     * On a phone 390 pixels wide no page of a partnership is wider than the screen, in Welsh, whose words are often
     * longer than English ones: long tables scroll inside their own region, which the keyboard can reach, instead of
     * widening the page.
     */
    @Test
    void everyPageOfAPartnershipFitsAPhoneInWelsh() {
        browser.signIn(DemoUsers.FIONA, DemoUsers.PASSWORD);
        long id = fixture.fosterCare();
        browser.open("/language?to=cy&back=/partnerships/" + id);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        try {
            var tooWide = new ArrayList<String>();
            for (var path : pagesOf(id, 30)) {
                browser.open(path);
                long page = ((Number) script("return document.documentElement.scrollWidth;")).longValue();
                long screen = ((Number) script("return window.innerWidth;")).longValue();
                if (page > screen) {
                    tooWide.add(path + " is " + page + " px wide, because of " + script(WIDEST));
                }
            }
            assertThat(tooWide).isEmpty();
        } finally {
            browser.driver().manage().window().setSize(new Dimension(1280, 1024));
        }
    }

    /** The outermost elements that reach past the window's right edge: where a page starts to be too wide. */
    private static final String WIDEST = "var w = window.innerWidth, out = [];"
            + " var over = function (e) { return e && e.getBoundingClientRect && e.getBoundingClientRect().right > w + 1; };"
            + " document.querySelectorAll('body *').forEach(function (e) {"
            + "   if (over(e) && !over(e.parentElement)) {"
            + "     out.push(e.tagName.toLowerCase() + (typeof e.className === 'string' && e.className"
            + "       ? '.' + e.className.trim().split(/\\s+/).join('.') : '')"
            + "       + ' to ' + Math.round(e.getBoundingClientRect().right));"
            + "   }"
            + " });"
            + " return out.slice(0, 3).join(', ');";

    /** The pages a member reaches by following links within the partnership, forms included, downloads not. */
    private LinkedHashSet<String> pagesOf(long id, int most) {
        String prefix = "/partnerships/" + id;
        var seen = new LinkedHashSet<String>();
        var queue = new ArrayDeque<String>();
        queue.add(prefix);
        seen.add(prefix);
        while (!queue.isEmpty() && seen.size() < most) {
            browser.open(queue.poll());
            for (var link : browser.driver().findElements(By.cssSelector("main a[href]"))) {
                String href = link.getDomAttribute("href");
                if (href == null || !href.startsWith(prefix) || href.contains("#") || href.contains("?")) {
                    continue;
                }
                if (href.matches(".*(\\.pdf|\\.xlsx|\\.csv|/export.*|/download.*|/pdf|/workbook|/template)$")) {
                    continue;
                }
                if (seen.size() < most && seen.add(href)) {
                    queue.add(href);
                }
            }
        }
        return seen;
    }

    private String pageLanguage() {
        return browser.driver().findElement(By.tagName("html")).getDomAttribute("lang");
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser.driver()).executeScript(code);
    }
}
