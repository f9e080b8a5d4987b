package scot.cairn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.sroi.AnalysisType;
import scot.cairn.sroi.SroiFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every write through the API says which version of the record it read: without one it is refused with 428 and
 * changes nothing; of many writers sending the same version exactly one succeeds and the others get 409, never 500.
 */
@CairnTest
class WritesCarryTheirVersionIntegrationTests {

    private static final int WRITERS = 20;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    SroiFixture sroi;

    @Test
    void writesWithoutAVersionAreRefusedWith428AndChangeNothing() throws Exception {
        long id = governance.newPartnership();
        String base = "/api/v1/partnerships/" + id;
        governance.sponsors(id);
        governance.board(id);
        var text = GovernanceFixture.text(DocumentKind.MOU, "agreed");
        send(post(base + "/documents/mou/versions"), Map.of("basedOn", 0, "sections", text))
                .andExpect(status().isCreated());
        send(put(base + "/documents/mou/versions/1"), Map.of("sections", GovernanceFixture.text(DocumentKind.MOU, "x")))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.title").value("Version required"))
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        send(post(base + "/documents/mou/versions/1/signatures"), null).andExpect(status().isPreconditionRequired());

        long decision = id(send(post(base + "/decisions"), decision("Meet monthly", null)));
        send(put(base + "/decisions/" + decision), decision("Meet weekly", null))
                .andExpect(status().isPreconditionRequired());
        send(post(base + "/decisions/" + decision + "/withdraw"), null).andExpect(status().isPreconditionRequired());

        long analysis = sroi.workedExample(id, AnalysisType.FORECAST);
        String a = base + "/sroi-analyses/" + analysis;
        send(put(a), settings(null)).andExpect(status().isPreconditionRequired());
        send(post(a + "/rows"), Map.of("row", Map.of("stakeholder", "Carers")))
                .andExpect(status().isPreconditionRequired());
        send(put(a + "/rows"), Map.of("rows", List.of())).andExpect(status().isPreconditionRequired());
        send(post(a + "/approvals"), null).andExpect(status().isPreconditionRequired());

        var evidence = Map.of("pilotBudget", "1000", "participants", "10", "viability", "Viable.");
        send(put(base + "/sustainability"), Map.of("details", evidence)).andExpect(status().isOk());
        send(put(base + "/sustainability"), Map.of("details", evidence)).andExpect(status().isPreconditionRequired());

        var read = body(send(get(base + "/documents/mou/versions/1"), null));
        assertThat((String) JsonPath.read(read, "$.sections[0].text")).isEqualTo("Parties: agreed");
        assertThat((String) JsonPath.read(body(send(get(base + "/decisions/" + decision), null)), "$.title"))
                .isEqualTo("Meet monthly");
    }

    @Test
    void ofTwentyWritersWithTheSameVersionOneSucceedsAndNineteenAreToldSomeoneElseChangedIt() throws Exception {
        long id = governance.newPartnership();
        String base = "/api/v1/partnerships/" + id;
        long decision = id(send(post(base + "/decisions"), decision("Meet monthly", null)));
        int version = JsonPath.read(body(send(get(base + "/decisions/" + decision), null)), "$.version");
        var statuses = race(n -> send(put(base + "/decisions/" + decision), decision("Meet on day " + n, version)));
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);

        long analysis = sroi.analysis(id, AnalysisType.FORECAST);
        String a = base + "/sroi-analyses/" + analysis;
        int seen = JsonPath.read(body(send(get(a), null)), "$.version");
        statuses = race(n -> send(put(a), settings(seen)));
        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
    }

    @Test
    void peopleRecordingDecisionsAtOnceAllSucceedWithDifferentNumbers() throws Exception {
        long id = governance.newPartnership();
        String base = "/api/v1/partnerships/" + id;
        var references = new ArrayList<String>();
        var statuses = race(n -> {
            var result = send(post(base + "/decisions"), decision("Decision " + n, null));
            if (result.andReturn().getResponse().getStatus() == 201) {
                synchronized (references) {
                    references.add(JsonPath.read(body(result), "$.reference"));
                }
            }
            return result;
        });
        assertThat(statuses).containsOnly(201);
        assertThat(new HashSet<>(references)).hasSize(WRITERS);
        assertThat(references).allMatch(r -> r.matches("D-([1-9]|1[0-9]|20)"));
    }

    private interface Write {
        org.springframework.test.web.servlet.ResultActions send(int n) throws Exception;
    }

    /** Sends {@link #WRITERS} writes at the same moment and answers their statuses. */
    private List<Integer> race(Write write) throws Exception {
        var pool = Executors.newFixedThreadPool(WRITERS);
        try {
            var start = new java.util.concurrent.CountDownLatch(1);
            var tasks = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < WRITERS; i++) {
                int n = i;
                tasks.add(() -> {
                    start.await();
                    return write.send(n).andReturn().getResponse().getStatus();
                });
            }
            var futures = tasks.stream().map(pool::submit).toList();
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdown();
        }
    }

    private Map<String, Object> decision(String title, Integer version) {
        var body = new LinkedHashMap<String, Object>();
        if (version != null) {
            body.put("version", version);
        }
        body.put("title", title);
        body.put("context", "The board met.");
        body.put("decision", "Agreed.");
        body.put("decisionDate", LocalDate.now().toString());
        body.put("joint", false);
        return body;
    }

    private static Map<String, Object> settings(Integer version) {
        var body = new LinkedHashMap<String, Object>();
        if (version != null) {
            body.put("version", version);
        }
        body.put("title", "Renamed");
        body.put("kind", "FORECAST");
        body.put("periodFrom", "2025-01-01");
        body.put("periodTo", "2025-12-31");
        body.put("discountRate", 3.5);
        body.put("discountFirstYear", true);
        body.put("deductions", "MULTIPLIED");
        body.put("dropOff", "COMPOUNDING");
        return body;
    }

    private org.springframework.test.web.servlet.ResultActions send(MockHttpServletRequestBuilder request, Object body)
            throws Exception {
        request.header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.FIONA)).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }

    private static long id(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return ((Number) JsonPath.read(body(result), "$.id")).longValue();
    }
}
