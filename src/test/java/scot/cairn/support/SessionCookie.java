package scot.cairn.support;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The session cookie a MockMvc response set, to send with the next requests as a browser does. Sessions live in the
 * database (Spring Session JDBC), not in the servlet container, so a test keeps the cookie rather than a
 * {@code MockHttpSession}. Under MockMvc the cookie keeps Spring Session's own name ({@code SESSION}); the running
 * server names it {@code CAIRN_SESSION} ({@code server.servlet.session.cookie.name}).
 */
public final class SessionCookie {

    private SessionCookie() {}

    /** The session cookie this response set; fails the test when it set none. */
    public static Cookie of(MvcResult result) {
        return Arrays.stream(result.getResponse().getCookies())
                .filter(c -> c.getName().endsWith("SESSION"))
                .reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError("The response set no session cookie"));
    }
}
