package scot.cairn.partnership.api;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.partnership.AssessmentQuestion;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;
import tools.jackson.databind.json.JsonMapper;

/** Calls the partnership API the way a client would: JSON bodies and a bearer token on every request. */
final class PartnershipApi {

    static final String BASE = "/api/v1/partnerships";

    private final MockMvc mvc;
    private final JsonMapper json;
    private final DemoUsers users;

    PartnershipApi(MockMvc mvc, JsonMapper json, DemoUsers users) {
        this.mvc = mvc;
        this.json = json;
        this.users = users;
    }

    /** The "Authorization" header value for one of the demo users. */
    String token(String email) {
        return users.bearer(email);
    }

    ResultActions get(String token, String path) throws Exception {
        return mvc.perform(authorised(MockMvcRequestBuilders.get(path), token));
    }

    ResultActions put(String token, String path, Object body) throws Exception {
        return mvc.perform(authorised(MockMvcRequestBuilders.put(path), token).content(write(body)));
    }

    ResultActions post(String token, String path, Object body) throws Exception {
        return mvc.perform(authorised(MockMvcRequestBuilders.post(path), token).content(write(body)));
    }

    ResultActions delete(String token, String path) throws Exception {
        return mvc.perform(authorised(MockMvcRequestBuilders.delete(path), token));
    }

    /** Starts a partnership with a unique title and the given lead partner (or none); answers its id. */
    long start(String token, Long leadPartnerId) throws Exception {
        var body = details(Unique.name("API partnership"));
        body.put("leadPartnerId", leadPartnerId);
        var response = post(token, BASE, body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(response, "$.id")).longValue();
    }

    /** The partnership's current version, read through the API. */
    int version(String token, long id) throws Exception {
        return read(get(token, BASE + "/" + id), "$.version");
    }

    <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }

    /** Records a go decision with evidence and a strong rating for every question. */
    void assessGo(String token, long id) throws Exception {
        int version = read(get(token, BASE + "/" + id + "/assessment"), "$.version");
        var answers = java.util.Arrays.stream(AssessmentQuestion.values())
                .map(q -> Map.of("question", q.name(), "evidence", "Evidence for " + q.name(), "rating", "STRONG"))
                .toList();
        put(
                        token,
                        BASE + "/" + id + "/assessment",
                        Map.of(
                                "version",
                                version,
                                "answers",
                                answers,
                                "decision",
                                "GO",
                                "reason",
                                "Every question is answered well."))
                .andExpect(status().isOk());
    }

    static Map<String, Object> details(String title) {
        var body = new LinkedHashMap<String, Object>();
        body.put("title", title);
        body.put("market", "SOCIAL_CARE");
        body.put("region", "Falkirk");
        body.put("aims", "Design a better respite service with the people who use it.");
        return body;
    }

    static Map<String, Object> change(int version, Map<String, Object> details) {
        var body = new LinkedHashMap<String, Object>();
        body.put("version", version);
        body.put("details", details);
        return body;
    }

    static List<String> fields(String problem) {
        return JsonPath.read(problem, "$.errors[*].field");
    }

    private MockHttpServletRequestBuilder authorised(MockHttpServletRequestBuilder request, String token) {
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, token);
        }
        return request.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON);
    }

    private String write(Object body) {
        return body instanceof String s ? s : json.writeValueAsString(body);
    }
}
