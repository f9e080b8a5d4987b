package scot.cairn.partnership.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.partnership.ClosureRoute;
import scot.cairn.partnership.Decision;
import scot.cairn.partnership.GateService;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.Message;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;

/** The assessment, gate and closing pages, including a partnership taken from Explore to Design page by page. */
@CairnTest
class GatePagesIntegrationTests extends PartnershipPageSupport {

    @Autowired
    GateService gates;

    @Test
    void goWithoutEveryQuestionRatedAndEvidencedIsRefusedQuestionByQuestion() throws Exception {
        var p = startAsFiona();

        var html = html(post(
                        "/partnerships/" + p.id() + "/assessment",
                        DemoUsers.FIONA,
                        "version",
                        String.valueOf(p.version()),
                        "answers[0].evidence",
                        "Three providers already work here.",
                        "answers[1].rating",
                        "STRONG",
                        "decision",
                        "GO")
                .andExpect(status().isOk()));

        assertThat(html)
                .contains("<a href=\"#answers[0].rating\">"
                        + esc("Rate “Is there a market?” before deciding to go ahead") + "</a>")
                .contains("<a href=\"#answers[1].evidence\">")
                .contains("<a href=\"#answers[3].rating\">")
                .contains("<a href=\"#reason\">Give the reasons for the decision</a>")
                .contains(">Three providers already work here.</textarea>")
                .contains("id=\"answers[1].rating\" value=\"STRONG\" name=\"answers[1].rating\" checked=\"checked\"");
        assertThat(gates.assessment(p.id(), users.current(DemoUsers.FIONA)).decision())
                .isEqualTo(Decision.UNDECIDED);
    }

    @Test
    void theAssessmentIsAReadOnlyRecordOnceThePartnershipHasLeftExplore() throws Exception {
        var html = page("/partnerships/" + fosterCare() + "/assessment", DemoUsers.FIONA);

        assertThat(html)
                .contains("aria-current=\"page\">Assessment</a>")
                .contains("Is there a market?", "Several existing providers of foster care already work in the area.")
                .contains("All four questions answered well")
                .doesNotContain("<textarea")
                .doesNotContain("Save assessment");
    }

    /** Fiona and David become Senior Sponsors on the roles page, Fiona writes the MoU and both sign it. */
    void signTheMou(long id) throws Exception {
        String governance = "/partnerships/" + id + "/governance";
        for (var sponsor : java.util.List.of(DemoUsers.FIONA, DemoUsers.DAVID)) {
            post(
                            governance + "/roles",
                            DemoUsers.FIONA,
                            "role",
                            "SENIOR_SPONSOR",
                            "email",
                            sponsor,
                            "daysPerMonth",
                            "1")
                    .andExpect(status().isFound());
        }
        var form = new java.util.ArrayList<String>(java.util.List.of("basedOn", "", "version", ""));
        for (var s : scot.cairn.governance.DocumentKind.MOU.sections()) {
            form.add("sections[" + s.key() + "]");
            form.add(s.heading() + ": agreed");
        }
        post(governance + "/documents/mou/edit", DemoUsers.FIONA, form.toArray(String[]::new))
                .andExpect(status().isFound());
        for (var signer : java.util.List.of(DemoUsers.FIONA, DemoUsers.DAVID)) {
            String version = hidden(page(governance + "/documents/mou", signer), "version");
            post(governance + "/documents/mou/versions/1/sign", signer, "version", version)
                    .andExpect(status().isFound());
        }
    }

    /** Fiona sets up the standard groups and seats herself and David on the board, on the governance pages. */
    void seatTheBoard(long id) throws Exception {
        String governance = "/partnerships/" + id + "/governance";
        post(governance + "/groups/standard", DemoUsers.FIONA).andExpect(status().isFound());
        var board = java.util.regex.Pattern.compile("href=\"(" + governance + "/groups/\\d+)\">Governance Group")
                .matcher(page(governance, DemoUsers.FIONA));
        assertThat(board.find()).isTrue();
        for (var member : java.util.List.of(DemoUsers.FIONA, DemoUsers.DAVID)) {
            post(board.group(1) + "/members", DemoUsers.FIONA, "email", member, "takingPart", "ORGANISATION")
                    .andExpect(status().isFound());
        }
    }

    /** The value of a hidden field on a page, as a browser would send it back. */
    static String hidden(String html, String name) {
        var m = java.util.regex.Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"")
                .matcher(html);
        assertThat(m.find()).as("hidden field " + name).isTrue();
        return m.group(1);
    }

    @Test
    void advancingBeforeTheGateIsOpenShowsWhatIsMissing() throws Exception {
        var p = startAsFiona();

        var html = html(post("/partnerships/" + p.id() + "/gate/advance", DemoUsers.FIONA)
                .andExpect(status().isOk()));

        assertThat(html)
                .contains("There is a problem")
                .contains("<a href=\"#advance\">"
                        + esc("The gate is not open yet. Not met: The MoU is signed by every core partner’s Senior"
                                + " Sponsor; The appropriateness assessment says go; Approved jointly by the public and"
                                + " third sectors.")
                        + "</a>")
                .contains("<h1 class=\"govuk-heading-l\">Gate: Explore to Design</h1>");
        assertThat(view(p.id()).stage()).isEqualTo(Stage.EXPLORE);
    }

    @Test
    void aPartnershipGoesFromExploreToDesignPageByPage() throws Exception {
        long id = idFrom(post(
                        "/partnerships",
                        DemoUsers.FIONA,
                        "title",
                        Unique.name("Falkirk kinship care"),
                        "market",
                        "CHILDREN_AND_FAMILIES",
                        "region",
                        "Falkirk",
                        "aims",
                        "Support kinship carers.",
                        "leadPartnerId",
                        String.valueOf(org("Falkirk Council")))
                .andExpect(status().isFound()));
        String gate = "/partnerships/" + id + "/gate";
        assertThat(page(gate, DemoUsers.FIONA))
                .contains("Gate: Explore to Design", "Not met", "Close this partnership");

        assessGo(id);
        post("/partnerships/" + id + "/partners", DemoUsers.FIONA, "organisationId", cvs(), "standing", "CORE")
                .andExpect(status().isFound());
        post("/partnerships/" + id + "/members", DemoUsers.FIONA, "email", DemoUsers.DAVID, "role", "MEMBER")
                .andExpect(status().isFound());
        signTheMou(id);
        assertThat(page(gate, DemoUsers.FIONA))
                .as("nobody is on the board yet, so nobody may approve")
                .doesNotContain("Approve moving to Design");
        seatTheBoard(id);

        post(gate + "/approve", DemoUsers.FIONA).andExpect(redirectedUrl(gate));
        assertThat(page(gate, DemoUsers.FIONA))
                .contains("Fiona Reid", "Public sector", "You have approved moving to Design.")
                .doesNotContain("Approve moving to Design");
        assertThat(page(gate, DemoUsers.DAVID))
                .contains("Approve moving to Design")
                .doesNotContain("Advance to Design");
        post(gate + "/advance", DemoUsers.DAVID).andExpect(status().isForbidden());
        post(gate + "/approve", DemoUsers.DAVID).andExpect(redirectedUrl(gate));

        assertThat(page(gate, DemoUsers.FIONA))
                .contains("The gate is open", "David Kerr", "Third sector")
                .doesNotContain("Not met");
        post(gate + "/advance", DemoUsers.FIONA)
                .andExpect(redirectedUrl("/partnerships/" + id))
                .andExpect(flash().attribute(
                                "done",
                                Message.of("partnership.gate.advanced", Message.of("partnership.stage.DESIGN"))));

        assertThat(view(id).stage()).isEqualTo(Stage.DESIGN);
        assertThat(page(gate, DemoUsers.FIONA)).contains("Gate: Design to Pilot");
        assertThat(page("/partnerships/" + id + "/history", DemoUsers.DAVID))
                .contains("Stage advanced", "Stage: Explore → Design", "Gate approved", "Assessment updated")
                .contains("Decision: Not decided → Go");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(page("/partnerships/" + id + "/governance/decisions", DemoUsers.DAVID))
                        .contains("Gate passed: Explore to Design", "Approved"));
    }

    @Test
    void closingNeedsARouteAndAReason() throws Exception {
        var p = startAsFiona();

        var html = html(post("/partnerships/" + p.id() + "/close", DemoUsers.FIONA, "reason", " ")
                .andExpect(status().isOk()));

        assertThat(html)
                .contains("<a href=\"#route\">Choose how the partnership ended</a>")
                .contains("<a href=\"#reason\">Explain why the partnership is closing</a>");
        assertThat(view(p.id()).stage()).isEqualTo(Stage.EXPLORE);
    }

    @Test
    void managerClosesAPartnershipWithItsRouteAndReason() throws Exception {
        var p = startAsFiona();
        assertThat(page("/partnerships/" + p.id() + "/close", DemoUsers.FIONA))
                .contains("Close this partnership", "Mainstream funded", "Stopped");

        post(
                        "/partnerships/" + p.id() + "/close",
                        DemoUsers.FIONA,
                        "route",
                        "MAINSTREAM_FUNDED",
                        "reason",
                        "The council funds the service from April.")
                .andExpect(redirectedUrl("/partnerships/" + p.id()));

        var closed = view(p.id());
        assertThat(closed.stage()).isEqualTo(Stage.CLOSED);
        assertThat(closed.closureRoute()).isEqualTo(ClosureRoute.MAINSTREAM_FUNDED);
        assertThat(page("/partnerships/" + p.id(), DemoUsers.FIONA))
                .contains("Closed", "Mainstream funded", "The council funds the service from April.")
                .doesNotContain("Change details");
        assertThat(page("/partnerships/" + p.id() + "/gate", DemoUsers.FIONA))
                .contains("This partnership is closed, so there are no more gates.")
                .doesNotContain("Close this partnership");
        assertThat(page("/partnerships/" + p.id() + "/history", DemoUsers.FIONA))
                .contains("Partnership closed", "Stage: Explore → Closed", "Route: (none) → Mainstream funded");
    }

    private void assessGo(long id) throws Exception {
        String[] params = {
            "version", String.valueOf(view(id).version()),
            "answers[0].evidence", "Kinship carers ask for support the council buys in.",
            "answers[0].rating", "STRONG",
            "answers[1].evidence", "Two charities already run carer groups.",
            "answers[1].rating", "ADEQUATE",
            "answers[2].evidence", "Falkirk Council children's services.",
            "answers[2].rating", "STRONG",
            "answers[3].evidence", "The partners have worked together before.",
            "answers[3].rating", "ADEQUATE",
            "decision", "GO",
            "reason", "Every question is answered well enough to go ahead."
        };
        post("/partnerships/" + id + "/assessment", DemoUsers.FIONA, params)
                .andExpect(redirectedUrl("/partnerships/" + id + "/assessment"));
        assertThat(gates.assessment(id, users.current(DemoUsers.FIONA)).decision())
                .isEqualTo(Decision.GO);
    }

    private String cvs() {
        return String.valueOf(org("Falkirk CVS"));
    }
}
