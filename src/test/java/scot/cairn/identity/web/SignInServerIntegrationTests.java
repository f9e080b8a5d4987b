package scot.cairn.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import scot.cairn.directory.PersonSummary;
import scot.cairn.identity.AccountAdministration;
import scot.cairn.identity.PasswordService;
import scot.cairn.identity.TestAccounts;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/**
 * Sign-in against the real server, with many requests at once, as an attacker guessing in parallel would send them.
 * Not {@code @CairnTest}, whose MockMvc runs requests one by one on the test's thread: this configuration is
 * {@code @BrowserTest}'s (a random port, the same fixtures), so the two share one running server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({
    DemoUsers.class,
    scot.cairn.governance.GovernanceFixture.class,
    scot.cairn.outcome.OutcomeFixtures.class,
    scot.cairn.sroi.SroiFixture.class
})
class SignInServerIntegrationTests {

    static final int AT_ONCE = 40;
    static final String LOCKED = "/sign-in?locked";
    static final String WRONG = "/sign-in?error";
    /** The home page, "What needs you", where sign-in lands. */
    static final String SIGNED_IN = "https?://[^/]+/";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    DemoUsers users;

    @Autowired
    AccountAdministration administration;

    @Autowired
    PasswordService passwords;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** Where a sign-in sent the browser, or the status when it did not redirect. */
    record Outcome(int status, String location) {}

    @Test
    void afterFiveWrongPasswordsFortySignInsAtOnceAllStayLockedEvenWithTheRightPassword() throws Exception {
        var me = someone("Parallel Right");
        for (int i = 1; i <= 4; i++) {
            assertThat(signIn(me.email(), "wrong password " + i).location()).endsWith(WRONG);
        }
        assertThat(signIn(me.email(), "wrong password 5").location()).endsWith(LOCKED);

        var outcomes = atOnce(() -> signIn(me.email(), TestAccounts.PASSWORD));

        assertThat(outcomes).allSatisfy(o -> {
            assertThat(o.status()).isEqualTo(302);
            assertThat(o.location()).endsWith(LOCKED);
        });
    }

    @Test
    void fortyWrongPasswordsAtOnceLockTheAccountAndNoneFails() throws Exception {
        var me = someone("Parallel Wrong");

        var outcomes = atOnce(() -> signIn(me.email(), "wrong password " + Unique.suffix()));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isEqualTo(302));
        assertThat(outcomes.stream().filter(o -> o.location().endsWith(WRONG)))
                .as("only the first four count as merely wrong")
                .hasSizeLessThanOrEqualTo(4);
        assertThat(outcomes.stream().filter(o -> o.location().endsWith(LOCKED))).hasSizeGreaterThanOrEqualTo(36);
        assertThat(signIn(me.email(), TestAccounts.PASSWORD).location()).endsWith(LOCKED);
    }

    @Test
    void anAddressWithoutAnAccountLocksTheSameWayUnderParallelGuessing() throws Exception {
        String nobody = "nobody." + Unique.suffix() + "@test.example";

        var outcomes = atOnce(() -> signIn(nobody, "wrong password " + Unique.suffix()));

        assertThat(outcomes).allSatisfy(o -> assertThat(o.status()).isEqualTo(302));
        assertThat(outcomes.stream().filter(o -> o.location().endsWith(LOCKED))).hasSizeGreaterThanOrEqualTo(36);
        assertThat(signIn(nobody, "wrong password").location()).endsWith(LOCKED);
    }

    @Test
    void passwordsOf128AccentedLettersOrEmojiSignInThroughAFormPost() throws Exception {
        for (String password : List.of(welshAndGaelic(), emoji())) {
            var me = someone("Long Password");
            passwords.change(users.current(me.email()), TestAccounts.PASSWORD, password, password);

            String lastDifferent = password.substring(0, password.offsetByCodePoints(password.length(), -1)) + "x";
            assertThat(signIn(me.email(), lastDifferent).location()).endsWith(WRONG);
            assertThat(signIn(me.email(), password).location()).matches(SIGNED_IN);
        }
    }

    @Test
    void strictTransportSecurityIsSentWhenTheProxySaysTheRequestCameOverHttps() throws Exception {
        var overHttps = http.send(
                HttpRequest.newBuilder(url("/sign-in"))
                        .header("X-Forwarded-Proto", "https")
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        var overHttp =
                http.send(HttpRequest.newBuilder(url("/sign-in")).build(), HttpResponse.BodyHandlers.discarding());

        assertThat(overHttps.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("max-age="));
        assertThat(overHttp.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    private List<Outcome> atOnce(Callable<Outcome> signIn) throws Exception {
        var pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            List<Callable<Outcome>> all = new ArrayList<>();
            for (int i = 0; i < AT_ONCE; i++) {
                all.add(signIn);
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> outcome : pool.invokeAll(all)) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Opens the sign-in page for a session and its CSRF token, then posts the form, as a browser does. */
    private Outcome signIn(String email, String password) throws IOException, InterruptedException {
        var page = http.send(HttpRequest.newBuilder(url("/sign-in")).build(), HttpResponse.BodyHandlers.ofString());
        var token = CSRF.matcher(page.body());
        assertThat(token.find()).as("the sign-in form has a CSRF token").isTrue();
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b)
                .orElseThrow();
        String form = "email=" + encode(email) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        var response = http.send(
                HttpRequest.newBuilder(url("/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie)
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return new Outcome(
                response.statusCode(), response.headers().firstValue("Location").orElse(""));
    }

    private PersonSummary someone(String name) {
        return new TestAccounts(users, administration).register(name, false);
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String welshAndGaelic() {
        return "ŵŷâêîôûàèìòù".repeat(11).substring(0, 128);
    }

    private static String emoji() {
        var text = new StringBuilder();
        for (int i = 0; i < 128; i++) {
            text.appendCodePoint(0x1F300 + 2 * i);
        }
        return text.toString();
    }
}
