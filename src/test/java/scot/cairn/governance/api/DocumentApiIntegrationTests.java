package scot.cairn.governance.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static scot.cairn.governance.api.GovernanceApi.base;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentService;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.platform.AuditTrail;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.PdfText;
import tools.jackson.databind.json.JsonMapper;

@CairnTest
class DocumentApiIntegrationTests {

    @Autowired
    GovernanceFixture governanceFixture;

    static final String FIONA = DemoUsers.FIONA;
    static final String DAVID = DemoUsers.DAVID;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    MembershipService membership;

    @Autowired
    DocumentService documents;

    @Autowired
    AuditTrail audit;

    GovernanceApi api;
    GovernanceFixture fixture;
    long id;
    String mou;

    @BeforeEach
    void setUp() {
        api = new GovernanceApi(mvc, json, users);
        fixture = governanceFixture;
        id = fixture.newPartnership();
        mou = base(id) + "/documents/mou";
    }

    static Map<String, Object> newVersion(int basedOn, String words) {
        return Map.of("basedOn", basedOn, "sections", GovernanceFixture.text(DocumentKind.MOU, words));
    }

    @Test
    void theManagerWritesTheMouAndBothSponsorsSignIt() throws Exception {
        fixture.sponsors(id);
        api.get(FIONA, base(id) + "/documents")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].kind").value("MOU"))
                .andExpect(jsonPath("$[0].status").value("Not started"))
                .andExpect(jsonPath("$[1].kind").value("PID"));
        api.post(FIONA, mou + "/versions", newVersion(0, "agreed"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.status").value("Draft"))
                .andExpect(jsonPath("$.sections[0].heading").value("Parties"));
        int lock = ((Number) GovernanceApi.read(api.get(FIONA, mou + "/versions/1"), "$.version")).intValue();
        api.put(
                        FIONA,
                        mou + "/versions/1",
                        Map.of("version", lock, "sections", GovernanceFixture.text(DocumentKind.MOU, "better")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections[1].text").value("Purpose: better"));

        api.post(FIONA, mou + "/versions/1/signatures", api.seen(mou + "/versions/1"))
                .andExpect(status().isCreated());
        var signed = api.post(DAVID, mou + "/versions/1/signatures", api.seen(mou + "/versions/1"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.signedOff").value(true))
                .andExpect(jsonPath("$.signatures[1].personName").value("David Kerr"))
                .andExpect(jsonPath("$.signatures[1].organisationName").value("Falkirk CVS"))
                .andExpect(jsonPath("$.signatures[1].valid").value(true));
        String hash = GovernanceApi.read(signed, "$.sha256");
        assertThat(hash).hasSize(64);
        api.get(DAVID, mou)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.current.number").value(1))
                .andExpect(jsonPath("$.current.signatures[0].sha256").value(hash))
                .andExpect(jsonPath("$.versions[0].status").value("Signed"));
        api.get(FIONA, base(id) + "/gate")
                .andExpect(jsonPath("$.criteria[?(@.criterion == \"The MoU is signed by every core partner’s Senior"
                                + " Sponsor\")].met")
                        .value(hasItem(true)));
    }

    @Test
    void aSignedVersionIsNotChangedInPlaceButANewVersionIsMade() throws Exception {
        fixture.signMou(id);
        api.put(
                        FIONA,
                        mou + "/versions/1",
                        Map.of("version", 0, "sections", GovernanceFixture.text(DocumentKind.MOU, "x")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("Version 1 of the MoU is signed, so its text cannot change. Save your change as a new"
                                + " version instead (POST it to the document’s versions); everyone then signs the new"
                                + " version."));
        api.post(FIONA, mou + "/versions", newVersion(1, "changed"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(2))
                .andExpect(jsonPath("$.signatures").isEmpty());
        api.post(FIONA, mou + "/versions", newVersion(2, "again"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value(org.hamcrest.Matchers.startsWith("Version 2 of the MoU is an unsigned draft")));
        api.post(DAVID, mou + "/versions/1/signatures", api.seen(mou + "/versions/1"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("Version 1 of the MoU has been replaced by version 2, so it can no longer be signed."
                                + " Read version 2 and sign that instead."));
        api.get(FIONA, mou + "/versions/1")
                .andExpect(jsonPath("$.sections[0].text").value("Parties: agreed"));
        assertThat(audit.forPartnership(id).stream().flatMap(e -> e.changes().stream()))
                .contains("governance.audit.draftedFrom: (none) -> 1");
    }

    @Test
    void badInputAndStaleVersionsGetClearProblems() throws Exception {
        fixture.sponsors(id);
        api.post(FIONA, mou + "/versions", Map.of("basedOn", 0, "sections", Map.of("parties", "", "wishes", "x")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("sections[wishes]")))
                .andExpect(jsonPath("$.errors[*].message", hasItem("Enter the parties of the MoU")));
        api.get(FIONA, mou).andExpect(jsonPath("$.current").doesNotExist());
        api.post(FIONA, mou + "/versions", newVersion(0, "agreed")).andExpect(status().isCreated());
        api.put(
                        FIONA,
                        mou + "/versions/1",
                        Map.of("version", 99, "sections", GovernanceFixture.text(DocumentKind.MOU, "x")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Changed by someone else"));
        api.post(FIONA, mou + "/versions/1/signatures", api.seen(mou + "/versions/1"))
                .andExpect(status().isCreated());
        api.post(FIONA, mou + "/versions/1/signatures", api.seen(mou + "/versions/1"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("You have already signed version 1 of the MoU."));
        api.get(FIONA, mou + "/versions/7").andExpect(status().isNotFound());
        api.get(FIONA, base(id) + "/documents/charter").andExpect(status().isNotFound());
    }

    @Test
    void accessRules() throws Exception {
        fixture.sponsors(id);
        api.post(FIONA, mou + "/versions", newVersion(0, "agreed")).andExpect(status().isCreated());
        membership.setMember(id, DemoUsers.SAM, MemberRole.OBSERVER, users.current(FIONA));
        api.get(DemoUsers.SAM, mou).andExpect(status().isOk());
        api.put(DemoUsers.SAM, mou + "/versions/1", Map.of("sections", GovernanceFixture.text(DocumentKind.MOU, "x")))
                .andExpect(status().isForbidden());
        api.post(DemoUsers.SAM, mou + "/versions/1/signatures", api.seen(mou + "/versions/1"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail")
                        .value(scot.cairn.platform.English.of(
                                scot.cairn.platform.Message.of(scot.cairn.partnership.Editors.SPONSORS.refusal()))));
        api.put(DAVID, mou + "/versions/1", Map.of("sections", GovernanceFixture.text(DocumentKind.MOU, "x")))
                .andExpect(status().isForbidden());
        api.post(DAVID, base(id) + "/documents/pid/versions", Map.of("basedOn", 0, "sections", Map.of()))
                .andExpect(status().isForbidden());
        api.get(DemoUsers.IAIN, mou).andExpect(status().isNotFound());
        api.get(DemoUsers.IAIN, base(id) + "/documents").andExpect(status().isNotFound());
        api.post(DemoUsers.IAIN, mou + "/versions/1/signatures", api.seen(mou + "/versions/1"))
                .andExpect(status().isNotFound());
        mvc.perform(MockMvcRequestBuilders.get(mou).accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aSignedVersionDownloadsAsPdf() throws Exception {
        fixture.signMou(id);
        var pdf = mvc.perform(MockMvcRequestBuilders.get(mou + "/versions/1/pdf")
                        .header(HttpHeaders.AUTHORIZATION, users.bearer(DAVID))
                        .accept(MediaType.APPLICATION_PDF))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfText.of(pdf).replaceAll("\\s+", "")).contains("DavidKerr", "FionaReid", "Parties:agreed");
        mvc.perform(MockMvcRequestBuilders.get(mou + "/versions/1/pdf")
                        .header(HttpHeaders.AUTHORIZATION, users.bearer(DemoUsers.IAIN))
                        .accept(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(status().isNotFound());
    }

    @Test
    void theDocumentsAreInTheOpenApiDescription() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/partnerships/{id}/documents/{kind}/versions/{number}'].put")
                        .exists())
                .andExpect(jsonPath(
                        "$.paths['/api/v1/partnerships/{id}/documents/{kind}/versions/{number}/signatures'].post.tags",
                        hasItem("Governance documents")));
    }
}
