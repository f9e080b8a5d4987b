package scot.cairn.governance.api;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/** JSON calls to one partnership's governance API as a demo user, with a bearer token. */
record GovernanceApi(MockMvc mvc, JsonMapper json, DemoUsers users) {

    static String base(long id) {
        return "/api/v1/partnerships/" + id;
    }

    ResultActions get(String user, String path) throws Exception {
        return mvc.perform(auth(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path), user));
    }

    ResultActions post(String user, String path, Object body) throws Exception {
        return mvc.perform(auth(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path), user)
                .content(json.writeValueAsString(body)));
    }

    ResultActions put(String user, String path, Object body) throws Exception {
        return mvc.perform(auth(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path), user)
                .content(json.writeValueAsString(body)));
    }

    ResultActions delete(String user, String path) throws Exception {
        return mvc.perform(
                auth(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete(path), user));
    }

    static <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }

    static long id(ResultActions result, String path) throws Exception {
        return ((Number) read(result, path)).longValue();
    }

    private MockHttpServletRequestBuilder auth(MockHttpServletRequestBuilder request, String user) {
        return request.header(HttpHeaders.AUTHORIZATION, users.bearer(user))
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON);
    }

    /** The body of an action on the record at {@code path}: the version Fiona reads there now. */
    java.util.Map<String, Object> seen(String path) throws Exception {
        return java.util.Map.of("version", read(get(DemoUsers.FIONA, path), "$.version"));
    }
}
