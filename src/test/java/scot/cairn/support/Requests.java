package scot.cairn.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Page forms and API calls as the demo users send them, for tests that try the same thing both ways. */
public record Requests(MockMvc mvc, DemoUsers users) {

    public ResultActions get(String url, String who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(users.as(who)));
    }

    /** Posts a page form, signed in and with the CSRF token, with {@code params} as name, value, name, value... */
    public ResultActions form(String url, String who, String... params) throws Exception {
        var request = MockMvcRequestBuilders.post(url).with(users.as(who)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    /** Sends JSON to the API with the user's personal token. */
    public ResultActions api(HttpMethod method, String url, String who, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.request(method, url)
                .header(HttpHeaders.AUTHORIZATION, users.bearer(who))
                .accept(MediaType.APPLICATION_JSON)
                .contentType(MediaType.APPLICATION_JSON)
                .content(json == null ? "" : json));
    }

    /** The body of an answer, as the browser or client would read it. */
    public static String text(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
