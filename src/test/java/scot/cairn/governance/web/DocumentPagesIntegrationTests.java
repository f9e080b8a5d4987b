package scot.cairn.governance.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentReader;
import scot.cairn.governance.DocumentService;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class DocumentPagesIntegrationTests {

    @Autowired
    scot.cairn.platform.AuditTrail audit;

    @Autowired
    GovernanceFixture governanceFixture;

    static final String FIONA = DemoUsers.FIONA;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    DocumentService documents;

    @Autowired
    DocumentReader reader;

    GovernanceFixture fixture;
    long id;
    String base;

    @BeforeEach
    void setUp() {
        fixture = governanceFixture;
        id = fixture.newPartnership();
        base = "/partnerships/" + id + "/governance/documents";
    }

    ResultActions get(String url, String who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(users.as(who)));
    }

    ResultActions post(String url, String who, String... params) throws Exception {
        var request = MockMvcRequestBuilders.post(url).with(users.as(who)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    static String html(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    String[] form(DocumentKind kind, String basedOn, String version, String words) {
        var params = new java.util.ArrayList<String>();
        params.add("basedOn");
        params.add(basedOn);
        params.add("version");
        params.add(version);
        kind.sections().forEach(s -> {
            params.add("sections[" + s.key() + "]");
            params.add(s.heading() + ": " + words);
        });
        return params.toArray(String[]::new);
    }

    @Test
    void theManagerWritesTheMouAndTheSponsorsSignItOnThePage() throws Exception {
        fixture.sponsors(id);
        assertThat(html(get(base, FIONA).andExpect(status().isOk())))
                .contains("Memorandum of Understanding", "Project Initiation Document", "Not started");
        assertThat(html(get(base + "/mou", FIONA))).contains("Write the MoU");
        assertThat(html(get(base + "/mou/edit", FIONA))).contains("name=\"sections[parties]\"", "Information sharing");

        post(base + "/mou/edit", FIONA, form(DocumentKind.MOU, "", "", "agreed"))
                .andExpect(redirectedUrl(base + "/mou"));
        assertThat(html(get(base + "/mou", FIONA)))
                .contains("Version 1", "Draft", "Parties: agreed", "Sign version 1", "Edit this draft");

        post(base + "/mou/versions/1/sign", FIONA, "version", mouVersion()).andExpect(redirectedUrl(base + "/mou"));
        post(base + "/mou/versions/1/sign", DemoUsers.DAVID, "version", mouVersion())
                .andExpect(redirectedUrl(base + "/mou"));
        var page = html(get(base + "/mou", DemoUsers.DAVID));
        assertThat(page)
                .contains("Signed by the Senior Sponsor of every core partner", "Falkirk CVS", "Matches")
                .contains("Download version 1 with its signatures (PDF)")
                .doesNotContain("Sign version 1");
        get(base + "/mou/versions/1/pdf", DemoUsers.DAVID)
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        assertThat(audit.forPartnership(id).stream().map(scot.cairn.platform.AuditEvent::action))
                .contains("governance.documentKind.MOU.audit.signed");
    }

    @Test
    void signingTwiceShowsWhyOnThePage() throws Exception {
        fixture.signMou(id);
        var html = html(post(base + "/mou/versions/1/sign", FIONA, "version", mouVersion())
                .andExpect(status().isOk()));
        assertThat(html)
                .contains("There is a problem", "<span>You have already signed version 1 of the MoU.</span>")
                .doesNotContain("Sign version 1");
    }

    @Test
    void editingWithErrorsOrAStaleVersionSavesNothing() throws Exception {
        var bad = form(DocumentKind.PID, "", "", "x");
        bad[5] = "";
        assertThat(html(post(base + "/pid/edit", FIONA, bad).andExpect(status().isOk())))
                .contains("There is a problem", "Enter the background of the PID", "href=\"#sections[background]\"");
        assertThat(reader.document(id, DocumentKind.PID, users.current(FIONA)).current())
                .isNull();

        post(base + "/pid/edit", FIONA, form(DocumentKind.PID, "", "", "first"))
                .andExpect(redirectedUrl(base + "/pid"));
        int lock = reader.version(id, DocumentKind.PID, 1, users.current(FIONA)).version();
        post(base + "/pid/edit", FIONA, form(DocumentKind.PID, "1", String.valueOf(lock), "second"))
                .andExpect(redirectedUrl(base + "/pid"));
        assertThat(html(post(base + "/pid/edit", FIONA, form(DocumentKind.PID, "1", String.valueOf(lock), "third"))
                        .andExpect(status().isOk())))
                .contains("Someone else changed this since you opened it.");
        assertThat(reader.version(id, DocumentKind.PID, 1, users.current(FIONA))
                        .sections()
                        .get(0)
                        .text())
                .isEqualTo("Background: second");
    }

    @Test
    void theComparePageMarksAddedAndRemovedLinesInWords() throws Exception {
        fixture.signMou(id);
        post(base + "/mou/edit", FIONA, form(DocumentKind.MOU, "1", "", "changed"));
        var html = html(get(base + "/mou/compare?from=1&to=2", FIONA).andExpect(status().isOk()));
        assertThat(html)
                .contains("Compare MoU version 1 with version 2")
                .contains("<del class=\"cairn-diff__removed\"><span class=\"govuk-visually-hidden\">Removed: </span>"
                        + "<span>Parties: agreed</span></del>")
                .contains("<ins class=\"cairn-diff__added\"><span class=\"govuk-visually-hidden\">Added: </span>"
                        + "<span>Parties: changed</span></ins>");
        assertThat(html(get(base + "/mou/compare?from=2&to=2", FIONA))).contains("Choose two different versions");
        assertThat(html(get(base + "/mou/versions/1", FIONA))).contains("This version has been replaced.");
    }

    @Test
    void accessRulesOnThePages() throws Exception {
        fixture.signMou(id);
        get(base + "/mou/edit", DemoUsers.DAVID).andExpect(status().isForbidden());
        post(base + "/mou/edit", DemoUsers.DAVID, form(DocumentKind.MOU, "1", "", "x"))
                .andExpect(status().isForbidden());
        get(base, DemoUsers.IAIN).andExpect(status().isNotFound());
        get(base + "/mou", DemoUsers.IAIN).andExpect(status().isNotFound());
        get(base + "/mou/versions/1/pdf", DemoUsers.IAIN).andExpect(status().isNotFound());
        post(base + "/mou/versions/1/sign", DemoUsers.IAIN).andExpect(status().isNotFound());
        get(base + "/nothing", FIONA).andExpect(status().isNotFound());
        assertThat(reader.version(id, DocumentKind.MOU, 1, users.current(FIONA))
                        .sections()
                        .get(0)
                        .text())
                .isEqualTo("Parties: agreed");
    }

    /** The lock version of the MoU's version 1, as its page shows it in the sign form. */
    private String mouVersion() {
        return String.valueOf(
                reader.version(id, DocumentKind.MOU, 1, users.current(FIONA)).version());
    }
}
