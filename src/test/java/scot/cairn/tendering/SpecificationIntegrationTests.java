package scot.cairn.tendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.PdfText;
import tools.jackson.databind.json.JsonMapper;

/**
 * The service specification: a governance document written by the Procurement Representative or a manager whose
 * sections carry what the records say (requirements with their evidence, community benefits), approved jointly by
 * the board only once no declaration of interests waits for review and only while it says what the records say; an
 * approved version stays exactly as approved whatever changes later.
 */
@CairnTest
class SpecificationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    TenderingFixture tendering;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    MembershipService membership;

    @Autowired
    scot.cairn.sroi.SroiFixture sroi;

    @Autowired
    scot.cairn.partnership.ToDoService todo;

    @Autowired
    scot.cairn.partnership.RecordLinks links;

    @Autowired
    scot.cairn.partnership.PartnershipScope scope;

    long id;
    String spec;

    @BeforeEach
    void setUp() {
        id = tendering.inPilot();
        membership.setMember(id, DemoUsers.IAIN, MemberRole.MEMBER, users.current(DemoUsers.FIONA));
        spec = "/api/v1/partnerships/" + id + "/documents/spec";
    }

    private ResultActions page(String path, String who) throws Exception {
        return mvc.perform(get(path).with(users.as(who)));
    }

    private ResultActions call(MockHttpServletRequestBuilder request, String who, Object body) throws Exception {
        request.header("Authorization", users.bearer(who));
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
        }
        return mvc.perform(request);
    }

    private int requirement(String section, String text) throws Exception {
        return requirement(section, text, List.of());
    }

    private int requirement(String section, String text, List<String> evidence) throws Exception {
        var r = new HashMap<String, Object>();
        r.put("section", section);
        r.put("text", text);
        r.put("evidence", evidence);
        var made = call(post("/api/v1/partnerships/" + id + "/requirements"), DemoUsers.FIONA, r)
                .andExpect(status().isCreated())
                .andReturn();
        return JsonPath.read(made.getResponse().getContentAsString(), "$.id");
    }

    private void benefit() throws Exception {
        var b = new HashMap<String, Object>();
        b.put("category", "RECRUITMENT_AND_TRAINING");
        b.put("description", "Recruit care leavers.");
        b.put("measure", "Care leavers recruited");
        b.put("target", "4 a year");
        b.put("mandatory", true);
        call(post("/api/v1/partnerships/" + id + "/community-benefits"), DemoUsers.FIONA, b)
                .andExpect(status().isCreated());
    }

    private static Map<String, Object> version(int basedOn, String words) {
        return Map.of("basedOn", basedOn, "sections", GovernanceFixture.text(DocumentKind.SPEC, words));
    }

    private int lockVersion(int number) throws Exception {
        var read = call(get(spec + "/versions/" + number), DemoUsers.FIONA, null)
                .andExpect(status().isOk())
                .andReturn();
        return JsonPath.read(read.getResponse().getContentAsString(), "$.version");
    }

    private ResultActions approve(String who, int number) throws Exception {
        return call(post(spec + "/versions/" + number + "/signatures"), who, Map.of("version", lockVersion(number)));
    }

    private int declareAsDavid() throws Exception {
        var made = call(
                        put("/api/v1/partnerships/" + id + "/declarations/mine"),
                        DemoUsers.DAVID,
                        Map.of("nothingToDeclare", true, "interests", List.of()))
                .andExpect(status().isOk())
                .andReturn();
        return JsonPath.read(made.getResponse().getContentAsString(), "$.id");
    }

    @Test
    void theSpecificationCarriesTheRecordsAndStaysExactlyAsTheBoardApprovedIt() throws Exception {
        int sr1 = requirement("SERVICE", "Foster carers are available every day of the year.");
        requirement("OUTCOMES", "Children stay with the same carers.");
        // A row of the approved forecast's impact map is evidence of its own, named by analysis, row and outcome.
        var row = links.choices(scope.requireRead(id, users.current(DemoUsers.FIONA))).stream()
                .filter(k -> k.labelKey().equals("sroi.link.rowKind"))
                .flatMap(k -> k.records().stream())
                .findFirst()
                .orElseThrow();
        assertThat(row.href()).endsWith("#row-1");
        requirement("VOLUMES", "Up to 60 children are placed at a time.", List.of(row.value()));
        benefit();
        long indicator = sroi.indicator(id);
        sroi.approvedValue(id, indicator, scot.cairn.outcome.Period.ofQuarter(2025, 1), "12");

        // Only the Procurement Representative and managers write it; every member reads it.
        call(post(spec + "/versions"), DemoUsers.IAIN, version(0, "ours")).andExpect(status().isForbidden());
        call(post(spec + "/versions"), DemoUsers.FIONA, version(0, "agreed"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.sections[0].key").value("service"))
                .andExpect(jsonPath("$.sections[0].records")
                        .value(containsString("SR-1. Foster carers are available every day of the year.")))
                .andExpect(jsonPath("$.sections[0].records")
                        .value(containsString("This requirement rests on no evidence yet.")))
                .andExpect(jsonPath("$.sections[1].records").value(containsString("Approved results: 2025-Q1 12.")))
                .andExpect(jsonPath("$.sections[2].records")
                        .value(containsString("Evidence: Rows of approved SROI impact maps: ")))
                .andExpect(jsonPath("$.sections[2].records").value(containsString(", row 1: ")))
                .andExpect(jsonPath("$.sections[4].key").value("community-benefits"))
                .andExpect(jsonPath("$.sections[4].records").value(containsString("CB-1 (")))
                .andExpect(jsonPath("$.sections[4].records").value(containsString("Target: 4 a year.")));
        call(get(spec), DemoUsers.IAIN, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.viewerMayEdit").value(false))
                .andExpect(
                        jsonPath("$.flags[0]").value("2 requirements rest on no evidence: see the traceability page."));

        // While a declaration waits for review, the board cannot approve.
        int declaration = declareAsDavid();
        call(get(spec), DemoUsers.FIONA, null)
                .andExpect(jsonPath("$.flags[0]").value(containsString("A declaration of interests waits for review")));
        approve(DemoUsers.FIONA, 1)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value(containsString("so the board cannot approve the specification yet")));
        call(get(spec + "/versions/1"), DemoUsers.FIONA, null)
                .andExpect(jsonPath("$.signatures").isEmpty());
        call(
                        post("/api/v1/partnerships/" + id + "/declarations/" + declaration + "/review"),
                        DemoUsers.FIONA,
                        Map.of("version", 0, "risk", "NONE"))
                .andExpect(status().isOk());

        // The board approves jointly: public and third sector; it waits on each of them until they have.
        assertThat(todo.forPartnership(id, users.current(DemoUsers.DAVID)).waitingOnYou())
                .anySatisfy(item -> {
                    assertThat(item.kind()).isEqualTo(scot.cairn.partnership.WorkKind.APPROVE_SPEC);
                    assertThat(item.href()).isEqualTo("/partnerships/" + id + "/governance/documents/spec/versions/1");
                });
        approve(DemoUsers.FIONA, 1)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.signedOff").value(false));
        approve(DemoUsers.DAVID, 1)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.signedOff").value(true))
                .andExpect(jsonPath("$.status").value("Approved"));
        var approved = call(get(spec + "/versions/1"), DemoUsers.FIONA, null)
                .andReturn()
                .getResponse()
                .getContentAsString();

        // A requirement changed later leaves the approved version exactly as it was, signatures still matching.
        var change = new HashMap<String, Object>();
        change.put("version", 0);
        change.put("section", "SERVICE");
        change.put("text", "Foster carers answer within the hour.");
        change.put("evidence", List.of());
        call(put("/api/v1/partnerships/" + id + "/requirements/" + sr1), DemoUsers.FIONA, change)
                .andExpect(status().isOk());
        var later = call(get(spec + "/versions/1"), DemoUsers.FIONA, null)
                .andExpect(jsonPath("$.signatures[0].valid").value(true))
                .andExpect(jsonPath("$.signatures[1].valid").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(later).isEqualTo(approved);
        var pdf = call(get(spec + "/versions/1/pdf"), DemoUsers.IAIN, null)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfText.of(pdf))
                .contains("Service specification")
                .contains("every day of the year")
                .doesNotContain("within the hour");

        // The next version takes in the change; a change after it was saved holds its approval back.
        call(post(spec + "/versions"), DemoUsers.FIONA, version(1, "agreed again"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(2))
                .andExpect(jsonPath("$.sections[0].records").value(containsString("within the hour")));
        requirement("PRICING", "Prices are per placement night.");
        approve(DemoUsers.FIONA, 2)
                .andExpect(status().isBadRequest())
                .andExpect(
                        jsonPath("$.errors[0].message").value(containsString("has changed since version 2 was saved")));
        var compared = page("/partnerships/" + id + "/governance/documents/spec/compare?from=1&to=2", DemoUsers.FIONA)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(compared).contains("within the hour").contains("every day of the year");
    }

    @Autowired
    scot.cairn.report.HighlightService reports;

    @Test
    void aBoardMemberApprovesInAnotherLanguageAndEveryoneIsWarnedWhenTheRecordsMoveOn() throws Exception {
        var fiona = users.current(DemoUsers.FIONA);
        // A report's label carries dates, written in the reader's language: the check before approval must read it
        // in the language the version was saved in, whoever approves.
        var report = reports.start(id, reports.nextPeriod(id, fiona), fiona);
        int sr1 = requirement("SERVICE", "The provider reports every quarter.", List.of("REPORT:" + report.id()));
        call(post(spec + "/versions"), DemoUsers.FIONA, version(0, "agreed")).andExpect(status().isCreated());
        call(
                        post(spec + "/versions/1/signatures").header("Accept-Language", "cy"),
                        DemoUsers.FIONA,
                        Map.of("version", lockVersion(1)))
                .andExpect(status().isCreated());

        // A plain member reads the specification but not how many declarations wait; the board does.
        declareAsDavid();
        call(get(spec), DemoUsers.IAIN, null)
                .andExpect(jsonPath("$.flags[?(@ =~ /.*waits for review.*/)]").isEmpty());
        call(get(spec), DemoUsers.DAVID, null)
                .andExpect(jsonPath("$.viewerMayEdit").value(false))
                .andExpect(jsonPath("$.flags[0]").value(containsString("waits for review")));

        // Once a requirement changes, the page says the version no longer says what the records say.
        var change = new HashMap<String, Object>();
        change.put("version", 0);
        change.put("section", "SERVICE");
        change.put("text", "The provider reports every month.");
        change.put("evidence", List.of("REPORT:" + report.id()));
        call(put("/api/v1/partnerships/" + id + "/requirements/" + sr1), DemoUsers.FIONA, change)
                .andExpect(status().isOk());
        call(get(spec), DemoUsers.IAIN, null)
                .andExpect(jsonPath("$.flags[0]").value(containsString("has changed since version 1 was saved")));
        call(post(spec + "/versions"), DemoUsers.FIONA, version(1, "agreed again"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sections[0].records").value(containsString("every month")));
    }

    @Test
    void theSpecificationBelongsToTheTenderPagesNotTheGovernanceList() throws Exception {
        call(get("/api/v1/partnerships/" + id + "/documents"), DemoUsers.FIONA, null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));
        requirement("SERVICE", "Foster carers are available every day of the year.");
        call(post(spec + "/versions"), DemoUsers.FIONA, version(0, "agreed")).andExpect(status().isCreated());
        page("/partnerships/" + id + "/tender", DemoUsers.IAIN)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Service specification")))
                .andExpect(content().string(containsString("/governance/documents/spec")));
        page("/partnerships/" + id + "/governance/documents/spec", DemoUsers.IAIN)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("From the partnership’s records")))
                .andExpect(content().string(not(containsString("Write the specification"))));
        page("/partnerships/" + id + "/governance/documents/spec/edit", DemoUsers.IAIN)
                .andExpect(status().isForbidden());
        page("/partnerships/" + id + "/governance/documents/spec/edit", DemoUsers.FIONA)
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Edit the service specification")));
    }
}
