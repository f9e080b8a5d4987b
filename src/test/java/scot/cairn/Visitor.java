package scot.cairn;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A browser without JavaScript talking to any node over real HTTP: it keeps the cookies each answer sets and sends
 * them to whichever node it asks next, as a browser behind a load balancer does (one site, whatever node answers).
 * It keeps cookies itself rather than through a {@code java.net.CookieManager}, which would not send a
 * {@code Secure} cookie over the plain HTTP of the tests. Redirects are not followed, so a test sees where they lead.
 */
final class Visitor {

    static final String SESSION = "CAIRN_SESSION";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** One answer: its status, where it redirects (or ""), and its body. */
    record Page(int status, String location, String body) {}

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> setCookies = new LinkedHashMap<>();

    /** Another browser holding the same cookies as this one now (a copy of a stolen or stale cookie). */
    Visitor copy() {
        var copy = new Visitor();
        copy.cookies.putAll(cookies);
        return copy;
    }

    Page get(String node, String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(node + path)).GET());
    }

    Page post(String node, String path, String form) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(node + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Opens the sign-in page and posts the form, as a person does. */
    Page signIn(String node, String email, String password) throws IOException, InterruptedException {
        return post(
                node, "/sign-in", csrf(node, "/sign-in") + "&email=" + encode(email) + "&password=" + encode(password));
    }

    /** The CSRF field of the first form on a page, ready to start a form body. */
    String csrf(String node, String path) throws IOException, InterruptedException {
        var page = get(node, path);
        var token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError(path + " has no form with a CSRF token: " + page.status());
        }
        return "_csrf=" + encode(token.group(1));
    }

    /** The whole Set-Cookie header last received for this cookie, with its attributes. */
    Optional<String> setCookie(String name) {
        return Optional.ofNullable(setCookies.get(name));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private Page send(HttpRequest.Builder request) throws IOException, InterruptedException {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.values()));
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            String name = pair.substring(0, pair.indexOf('='));
            setCookies.put(name, header);
            if (pair.endsWith("=") || header.contains("Max-Age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, pair);
            }
        }
        return new Page(
                response.statusCode(), response.headers().firstValue("Location").orElse(""), response.body());
    }
}
