package scot.cairn.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import scot.cairn.outcome.OutcomeFixtures;
import scot.cairn.sroi.AnalysisType;
import scot.cairn.sroi.SroiFixture;
import scot.cairn.support.DemoUsers;

/**
 * Uploads and request bodies against the real server, whose multipart parser enforces the 20 MB limit (MockMvc does
 * not). A file over it is refused while it streams: a page goes back to its form with the reason in the error
 * summary, the API answers 413. A 20,000-row CSV, about 3 MB, goes through. The configuration is {@code @BrowserTest}'s,
 * so the running server is shared.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import({
    DemoUsers.class,
    scot.cairn.governance.GovernanceFixture.class,
    scot.cairn.outcome.OutcomeFixtures.class,
    scot.cairn.sroi.SroiFixture.class
})
class UploadLimitServerIntegrationTests {

    static final String TOO_LARGE =
            "The file is larger than 20 MB. Choose a smaller file, or split it into smaller ones.";
    static final int TWENTY_ONE_MB = 21 * 1024 * 1024;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "cairn-test-boundary";

    @LocalServerPort
    int port;

    @Autowired
    DemoUsers users;

    @Autowired
    OutcomeFixtures outcomes;

    @Autowired
    SroiFixture sroi;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    String session;

    @BeforeEach
    void signIn() throws Exception {
        var page = http.send(HttpRequest.newBuilder(url("/sign-in")).build(), HttpResponse.BodyHandlers.ofString());
        String form = "email=" + encode(DemoUsers.FIONA) + "&password=" + encode(DemoUsers.PASSWORD) + "&_csrf="
                + encode(csrf(page.body()));
        var signedIn = http.send(
                HttpRequest.newBuilder(url("/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Cookie", cookie(page))
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        session = cookie(signedIn);
    }

    @Test
    void aFileOverTenMegabytesGoesBackToTheImportFormWithTheReason() throws Exception {
        long id = outcomes.withFramework().partnershipId();
        String path = "/partnerships/" + id + "/outcomes/import";

        var refused = upload(path, "big.csv", new byte[TWENTY_ONE_MB]);

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(refused.headers().firstValue("Location")).hasValue(path);
        String form = page(path);
        assertThat(form).contains("There is a problem", "href=\"#file\"", TOO_LARGE);
        assertThat(page(path)).doesNotContain(TOO_LARGE);
    }

    @Test
    void aTwentyThousandRowCsvIsUploadedAndPreviewed() throws Exception {
        long id = outcomes.withFramework().partnershipId();
        var csv = new StringBuilder("indicator,period,value,breakdown,source,notes\n");
        for (int i = 0; i < 20_000; i++) {
            csv.append(i % 2 == 0 ? "Placements lasting a year" : "Unplanned moves")
                    .append(",2024-Q")
                    .append(i / 2 % 4 + 1)
                    .append(',')
                    .append(i % 50)
                    .append(",Area ")
                    .append(i / 8)
                    .append(",Council case management system,Checked by the analyst against the monthly return\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(file.length).isGreaterThan(2 * 1024 * 1024);

        var uploaded = upload("/partnerships/" + id + "/outcomes/import", "values.csv", file);

        assertThat(uploaded.statusCode()).isEqualTo(302);
        String preview = uploaded.headers().firstValue("Location").orElseThrow();
        assertThat(page(URI.create(preview).getPath())).contains("values.csv: 20,000 rows", "Save these measurements");
    }

    @Test
    void theApiAnswers413ForAnUploadOverTenMegabytes() throws Exception {
        long id = sroi.partnership();
        long analysis = sroi.analysis(id, AnalysisType.FORECAST);
        var answer = http.send(
                multipart(
                                "/api/v1/partnerships/" + id + "/sroi-analyses/" + analysis + "/workbook/preview",
                                null,
                                "map.xlsx",
                                new byte[TWENTY_ONE_MB])
                        .header("Authorization", users.bearer(DemoUsers.FIONA))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat((String) JsonPath.read(answer.body(), "$.errors[0].field")).isEqualTo("file");
        assertThat((String) JsonPath.read(answer.body(), "$.errors[0].message")).isEqualTo(TOO_LARGE);
    }

    @Test
    void aJsonOrCsvBodyOverTwentyMegabytesIsRefusedBeforeItIsParsedAndFiftyThousandRowsBeforeTheyAreChecked()
            throws Exception {
        long id = sroi.partnership();
        long analysis = sroi.analysis(id, AnalysisType.FORECAST);
        String row = "{\"stakeholder\":\"Carers\",\"outcome\":\"Wellbeing\",\"indicator\":\"WEMWBS\",\"quantity\":10,"
                + "\"durationYears\":2,\"proxyValue\":100,\"proxySource\":\"HACT\",\"deadweight\":10,"
                + "\"displacement\":0,\"attribution\":20,\"dropOff\":50}";
        String rows = "/api/v1/partnerships/" + id + "/sroi-analyses/" + analysis + "/rows";
        var fiftyThousand =
                api(rows, "application/json", HttpRequest.BodyPublishers.ofByteArray(map(id, analysis, row, 50_000)));
        assertThat(fiftyThousand.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(fiftyThousand.body(), "$.detail"))
                .isEqualTo("An impact map has at most 2,000 rows; this one would have 50,000");

        byte[] tooLarge = map(id, analysis, row, 120_000);
        assertThat(tooLarge.length).isGreaterThan(20 * 1024 * 1024);
        var withLength = api(rows, "application/json", HttpRequest.BodyPublishers.ofByteArray(tooLarge));
        var chunked = api(
                rows,
                "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tooLarge)));
        var csv = api(
                "/api/v1/partnerships/" + id + "/import",
                "text/csv",
                HttpRequest.BodyPublishers.ofByteArray(new byte[TWENTY_ONE_MB]));

        for (var answer : java.util.List.of(withLength, chunked, csv)) {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
            assertThat((String) JsonPath.read(answer.body(), "$.detail"))
                    .isEqualTo("The request is larger than 20 MB. Send less at a time.");
        }
        assertThat(sroi.sroi
                        .analysis(id, analysis, users.current(DemoUsers.FIONA))
                        .rows())
                .isEmpty();
    }

    private byte[] map(long id, long analysis, String row, int rows) {
        return ("{\"version\":" + sroi.version(id, analysis) + ",\"rows\":["
                        + String.join(",", java.util.Collections.nCopies(rows, row)) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> api(String path, String type, HttpRequest.BodyPublisher body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(url(path))
                        .header("Authorization", users.bearer(DemoUsers.FIONA))
                        .header("Content-Type", type)
                        .method(path.endsWith("/import") ? "POST" : "PUT", body)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> upload(String path, String fileName, byte[] content) throws Exception {
        String token = csrf(page(path));
        return http.send(
                multipart(path, token, fileName, content)
                        .header("Cookie", session)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder multipart(String path, String csrf, String fileName, byte[] content)
            throws IOException {
        var body = new ByteArrayOutputStream();
        if (csrf != null) {
            body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(url(path))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private String page(String path) throws Exception {
        var page = http.send(
                HttpRequest.newBuilder(url(path)).header("Cookie", session).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).as(path).isEqualTo(200);
        return page.body();
    }

    private static String csrf(String html) {
        var token = CSRF.matcher(html);
        assertThat(token.find()).as("the page has a CSRF token").isTrue();
        return token.group(1);
    }

    private static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .map(c -> c.split(";", 2)[0])
                .reduce((a, b) -> a + "; " + b)
                .orElseThrow();
    }

    private URI url(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
