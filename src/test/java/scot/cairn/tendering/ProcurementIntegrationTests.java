package scot.cairn.tendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * The expected procurement: recorded from Pilot on by the Procurement Representative or a manager, every field
 * checked, listed across the programme for two financial years, and published as an OCDS planning release that
 * validates against the official schemas.
 */
@CairnTest
class ProcurementIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    TenderingFixture tendering;

    @Autowired
    scot.cairn.partnership.ToDoService todo;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private ResultActions call(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        request.header("Authorization", users.bearer(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    private static Map<String, Object> procurement(Integer version, String title) {
        var p = new HashMap<String, Object>();
        p.put("version", version);
        p.put("title", title);
        p.put("estimatedValue", "4200000.00");
        p.put("currency", "GBP");
        p.put("cpvCode", "85311300-5");
        p.put("expectedPublication", today().plusMonths(3).toString());
        p.put("expectedAward", today().plusMonths(7).toString());
        p.put("contractMonths", 36);
        return p;
    }

    @Test
    void beforeDesignNothingIsRecordedAndBadInputIsRefusedFieldByField() throws Exception {
        long design = governance.newPartnership();
        call(put("/api/v1/partnerships/" + design + "/procurement"), DemoUsers.FIONA, procurement(null, "Care"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The expected procurement is recorded once the partnership has reached Design"));
        call(get("/api/v1/partnerships/" + design + "/ocds/release-package"), DemoUsers.FIONA, null)
                .andExpect(status().isNotFound());
        // From Design on it may be recorded, for the procurement plan; it is expected only from Pilot.
        governance.toDesign(design);
        call(put("/api/v1/partnerships/" + design + "/procurement"), DemoUsers.FIONA, procurement(null, "Care"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.stageAllows").value(true))
                .andExpect(jsonPath("$.expected").value(false));

        long id = tendering.inPilot();
        var bad = procurement(null, " ");
        bad.put("currency", null);
        bad.put("cpvCode", "853113");
        bad.put("expectedAward", today().plusMonths(1).toString());
        bad.put("contractMonths", 0);
        call(put("/api/v1/partnerships/" + id + "/procurement"), DemoUsers.FIONA, bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'title')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'currency')].message")
                        .value("Choose the currency of the estimated value"))
                .andExpect(jsonPath("$.errors[?(@.field == 'cpvCode')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'expectedAward')].message")
                        .value("The award must come after the contract notice"))
                .andExpect(jsonPath("$.errors[?(@.field == 'contractMonths')]").exists());
        call(get("/api/v1/partnerships/" + id + "/procurement"), DemoUsers.FIONA, null)
                .andExpect(jsonPath("$.procurement").doesNotExist());
        call(put("/api/v1/partnerships/" + id + "/procurement"), DemoUsers.DAVID, procurement(null, "Care"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aPartnershipsOpenDataHoldsAStatedNumberOfReleases() throws Exception {
        long id = tendering.inPilot();
        String base = "/api/v1/partnerships/" + id + "/procurement";
        call(put(base), DemoUsers.FIONA, procurement(null, "Foster care placements"))
                .andExpect(status().isOk());
        // As if it had changed 499 times: copies of the first release under new ids.
        for (int n = 1; n < OpenContracting.RELEASES.max(); n++) {
            jdbc.sql("insert into tendering_release (partnership_id, release_id, tag, released_at, body)"
                            + " select partnership_id, ?, 'planningUpdate', released_at, body"
                            + " from tendering_release where partnership_id = ? and tag = 'planning'")
                    .params("copy-" + id + "-" + n, id)
                    .update();
        }
        call(put(base), DemoUsers.FIONA, procurement(0, "Foster care placements in Falkirk"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("at most 500 releases")));
        call(get(base), DemoUsers.FIONA, null)
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.procurement.title").value("Foster care placements"));
    }

    @Test
    void theProcurementIsKeptWithItsVersionListedAndPublishedAsValidOpenData() throws Exception {
        long id = tendering.inPilot();
        String base = "/api/v1/partnerships/" + id + "/procurement";
        // In Pilot it is expected: it waits on the to-do list of whoever records it until they have.
        assertThat(todo.forPartnership(id, users.current(DemoUsers.FIONA)).waitingOnYou())
                .anySatisfy(item -> {
                    assertThat(item.kind()).isEqualTo(scot.cairn.partnership.WorkKind.RECORD_PROCUREMENT);
                    assertThat(item.href()).isEqualTo("/partnerships/" + id + "/tender/procurement");
                });
        assertThat(todo.forPartnership(id, users.current(DemoUsers.DAVID)).waitingOnYou())
                .noneMatch(item -> item.kind() == scot.cairn.partnership.WorkKind.RECORD_PROCUREMENT);
        call(put(base), DemoUsers.FIONA, procurement(null, "Foster care placements"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(0))
                .andExpect(jsonPath("$.procurement.currency").value("GBP"));
        call(put(base), DemoUsers.FIONA, procurement(null, "Again")).andExpect(status().is(428));
        call(put(base), DemoUsers.FIONA, procurement(7, "Again")).andExpect(status().isConflict());
        call(put(base), DemoUsers.FIONA, procurement(0, "Foster care placements in Falkirk"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1));
        call(get(base), DemoUsers.DAVID, null)
                .andExpect(jsonPath("$.procurement.title").value("Foster care placements in Falkirk"));
        assertThat(todo.forPartnership(id, users.current(DemoUsers.FIONA)).waitingOnYou())
                .noneMatch(item -> item.kind() == scot.cairn.partnership.WorkKind.RECORD_PROCUREMENT);

        var pack = call(get("/api/v1/partnerships/" + id + "/ocds/release-package"), DemoUsers.DAVID, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.releases.length()").value(2))
                .andExpect(jsonPath("$.releases[0].tag[0]").value("planning"))
                .andExpect(jsonPath("$.releases[0].tender.title").value("Foster care placements"))
                .andExpect(jsonPath("$.releases[1].tag[0]").value("planningUpdate"))
                .andExpect(jsonPath("$.releases[1].ocid").value("ocds-cairn0-psp-" + id))
                .andExpect(jsonPath("$.releases[1].id").value("ocds-cairn0-psp-" + id + "-planning-1"))
                .andExpect(jsonPath("$.releases[1].buyer.name").value("Falkirk Council"))
                .andExpect(jsonPath("$.releases[1].tender.title").value("Foster care placements in Falkirk"))
                .andExpect(jsonPath("$.releases[1].tender.items[0].classification.id")
                        .value("85311300"))
                .andExpect(jsonPath("$.releases[1].tender.value.amount").value(4200000.0))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(OcdsValidator.releasePackage(json.readTree(pack))).isEmpty();

        var rows = call(get("/api/v1/procurements"), DemoUsers.DAVID, null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json.readTree(rows).findValuesAsString("title")).contains("Foster care placements in Falkirk");
        var sheet = mvc.perform(get("/procurements.xlsx").with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            var first = workbook.getSheetAt(0);
            assertThat(first.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Financial year");
            boolean found = false;
            for (var row : first) {
                found |= row.getCell(3).getStringCellValue().equals("Foster care placements in Falkirk");
            }
            assertThat(found).isTrue();
        }
    }

    @Test
    void theValidatorCatchesWhatTheSchemaAndTheCodelistsForbid() throws Exception {
        long id = tendering.inPilot();
        call(put("/api/v1/partnerships/" + id + "/procurement"), DemoUsers.FIONA, procurement(null, "Care"))
                .andExpect(status().isOk());
        var pack =
                json.readTree(call(get("/api/v1/partnerships/" + id + "/ocds/release-package"), DemoUsers.FIONA, null)
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        var broken = (tools.jackson.databind.node.ObjectNode) pack.deepCopy();
        var release =
                (tools.jackson.databind.node.ObjectNode) broken.get("releases").get(0);
        release.put("date", "yesterday");
        release.putArray("tag").add("plans");
        ((tools.jackson.databind.node.ArrayNode) broken.get("releases"))
                .add(release.deepCopy().put("date", "2026-01-01T00:00:00Z"));
        assertThat(OcdsValidator.releasePackage(broken))
                .anySatisfy(p -> assertThat(p).contains("date"))
                .anySatisfy(p -> assertThat(p).contains("plans is not in the releaseTag codelist"))
                .anySatisfy(p -> assertThat(p).contains("release id repeated"));
    }

    @Test
    void thePagesRecordTheProcurementAndListThePipeline() throws Exception {
        long id = tendering.inPilot();
        mvc.perform(get("/partnerships/" + id + "/tender").with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Record the expected procurement")));
        mvc.perform(get("/partnerships/" + id + "/tender/procurement").with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/partnerships/" + id + "/tender/procurement")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("title", "Foster care")
                        .param("estimatedValue", "900000")
                        .param("currency", "")
                        .param("cpvCode", "85311300")
                        .param("expectedPublication", today().plusMonths(2).toString())
                        .param("expectedAward", today().plusMonths(6).toString())
                        .param("contractMonths", "24"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the currency of the estimated value")));
        mvc.perform(post("/partnerships/" + id + "/tender/procurement")
                        .with(users.as(DemoUsers.FIONA))
                        .with(csrf())
                        .param("title", "Foster care")
                        .param("estimatedValue", "900000")
                        .param("currency", "GBP")
                        .param("cpvCode", "85311300")
                        .param("expectedPublication", today().plusMonths(2).toString())
                        .param("expectedAward", today().plusMonths(6).toString())
                        .param("contractMonths", "24"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/partnerships/" + id + "/tender").with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("GBP 900,000.00")))
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(containsString("Change the expected procurement"))));
        mvc.perform(get("/partnerships/" + id + "/tender/ocds-release-package.json")
                        .with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.releases[0].tender.title").value("Foster care"));
        mvc.perform(get("/procurements").with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Foster care")));
    }
}
