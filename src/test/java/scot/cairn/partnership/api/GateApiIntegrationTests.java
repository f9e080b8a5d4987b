package scot.cairn.partnership.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static scot.cairn.partnership.api.PartnershipApi.BASE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.platform.English;
import scot.cairn.platform.Message;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

@CairnTest
class GateApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    Clock clock;

    PartnershipApi api;
    String fiona;
    String david;
    long id;

    @BeforeEach
    void setUp() throws Exception {
        api = new PartnershipApi(mvc, json, users);
        fiona = api.token(DemoUsers.FIONA);
        david = api.token(DemoUsers.DAVID);
        id = api.start(fiona, users.current(DemoUsers.FIONA).organisationId());
    }

    /** Adds Falkirk CVS as a core partner and David (who works there) as a member. */
    void bringInFalkirkCvs() throws Exception {
        long falkirkCvs = users.current(DemoUsers.DAVID).organisationId();
        api.put(fiona, BASE + "/" + id + "/partners/" + falkirkCvs, Map.of("standing", "CORE"))
                .andExpect(status().isOk());
        api.put(fiona, BASE + "/" + id + "/members", Map.of("email", DemoUsers.DAVID, "role", "MEMBER"))
                .andExpect(status().isOk());
    }

    /** Fiona and David become Senior Sponsors, Fiona writes the MoU and both sign it, all through the API. */
    void signTheMou() throws Exception {
        String base = BASE + "/" + id;
        for (var sponsor : List.of(DemoUsers.FIONA, DemoUsers.DAVID)) {
            api.post(
                            fiona,
                            base + "/role-assignments",
                            Map.of("role", "SENIOR_SPONSOR", "email", sponsor, "daysPerMonth", 0.05))
                    .andExpect(status().isCreated());
        }
        var sections = new java.util.LinkedHashMap<String, String>();
        scot.cairn.governance.DocumentKind.MOU.sections().forEach(s -> sections.put(s.key(), s.heading() + ": agreed"));
        api.post(fiona, base + "/documents/mou/versions", Map.of("basedOn", 0, "sections", sections))
                .andExpect(status().isCreated());
        for (var signer : List.of(fiona, david)) {
            int version = api.read(api.get(fiona, base + "/documents/mou/versions/1"), "$.version");
            api.post(signer, base + "/documents/mou/versions/1/signatures", Map.of("version", version))
                    .andExpect(status().isCreated());
        }
    }

    /** Fiona sets up the standard groups and seats herself and David on the board, through the API. */
    void seatTheBoard() throws Exception {
        String base = BASE + "/" + id;
        api.post(fiona, base + "/groups/standard", "").andExpect(status().isOk());
        List<Integer> boards = api.read(api.get(fiona, base + "/groups"), "$[?(@.kind == 'BOARD')].id");
        for (var member : List.of(DemoUsers.FIONA, DemoUsers.DAVID)) {
            api.post(
                            fiona,
                            base + "/groups/" + boards.get(0) + "/members",
                            Map.of("email", member, "serviceUser", false))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void publicAndThirdSectorApproveAndTheManagerMovesToDesign() throws Exception {
        api.get(fiona, BASE + "/" + id + "/gate")
                .andExpect(jsonPath("$.from").value("EXPLORE"))
                .andExpect(jsonPath("$.to").value("DESIGN"))
                .andExpect(jsonPath("$.open").value(false))
                .andExpect(jsonPath("$.criteria[*].met", hasItems(false)));
        api.assessGo(fiona, id);
        bringInFalkirkCvs();
        signTheMou();
        seatTheBoard();

        api.post(fiona, BASE + "/" + id + "/gate/approvals", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.open").value(false))
                .andExpect(jsonPath("$.viewerHasApproved").value(true))
                .andExpect(jsonPath("$.approvals[0].sector").value("PUBLIC"));
        api.post(david, BASE + "/" + id + "/gate/approvals", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.open").value(true))
                .andExpect(jsonPath("$.approvals.length()").value(2))
                .andExpect(jsonPath("$.approvals[1].organisationName").value("Falkirk CVS"));
        api.post(david, BASE + "/" + id + "/gate/advance", "").andExpect(status().isForbidden());
        api.post(fiona, BASE + "/" + id + "/gate/advance", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("DESIGN"))
                .andExpect(jsonPath("$.to").value("PILOT"))
                .andExpect(jsonPath("$.approvals.length()").value(0));

        String today = LocalDate.now(clock).toString();
        api.get(david, BASE + "/" + id)
                .andExpect(jsonPath("$.stage").value("DESIGN"))
                .andExpect(jsonPath("$.stages[0].actualEnd").value(today))
                .andExpect(jsonPath("$.stages[0].status").value("done"))
                .andExpect(jsonPath("$.stages[1].actualStart").value(today))
                .andExpect(jsonPath("$.stages[1].status").value("current"));
        api.get(fiona, BASE + "/" + id + "/assessment")
                .andExpect(jsonPath("$.editable").value(false));
        api.get(fiona, BASE + "/" + id + "/history")
                .andExpect(jsonPath(
                        "$[*].action",
                        hasItems(
                                "Stage advanced",
                                "Gate approved",
                                "Member added",
                                "Partner added",
                                "Assessment updated",
                                "Partnership started")))
                .andExpect(
                        jsonPath("$[?(@.action == 'Stage advanced')].changes[*]", hasItem("Stage: Explore -> Design")));
    }

    @Test
    void advancingBeforeTheGateIsOpenIsRefusedWithWhatIsMissing() throws Exception {
        api.post(fiona, BASE + "/" + id + "/gate/advance", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value(""))
                .andExpect(jsonPath("$.detail", startsWith("The gate is not open yet. Not met:")))
                .andExpect(jsonPath("$.detail", containsString("The appropriateness assessment says go")))
                .andExpect(jsonPath("$.detail", containsString("Approved jointly by the public and third sectors")));

        api.assessGo(fiona, id);
        bringInFalkirkCvs();
        seatTheBoard();
        api.post(fiona, BASE + "/" + id + "/gate/approvals", "").andExpect(status().isOk());
        api.post(fiona, BASE + "/" + id + "/gate/advance", "")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.detail",
                        org.hamcrest.Matchers.equalTo(
                                "The gate is not open yet. Not met: The MoU is signed by every core"
                                        + " partner’s Senior Sponsor; Approved jointly by the public and third"
                                        + " sectors.")));
        api.get(fiona, BASE + "/" + id).andExpect(jsonPath("$.stage").value("EXPLORE"));
    }

    @Test
    void onlyBoardMembersWhoTakePartMayApprove() throws Exception {
        bringInFalkirkCvs();
        api.post(david, BASE + "/" + id + "/gate/approvals", "")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail")
                        .value(English.of(Message.of(scot.cairn.partnership.PartnershipScope.BOARD_ONLY))));
        seatTheBoard();
        api.put(fiona, BASE + "/" + id + "/members", Map.of("email", DemoUsers.DAVID, "role", "OBSERVER"))
                .andExpect(status().isOk());
        api.get(david, BASE + "/" + id + "/gate")
                .andExpect(jsonPath("$.viewerMayApprove").value(false));
        api.post(david, BASE + "/" + id + "/gate/approvals", "")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail")
                        .value(English.of(Message.of(scot.cairn.partnership.PartnershipScope.OBSERVERS_READ))));
        api.get(fiona, BASE + "/" + id + "/gate")
                .andExpect(jsonPath("$.approvals.length()").value(0));
        api.put(fiona, BASE + "/" + id + "/members", Map.of("email", DemoUsers.DAVID, "role", "MEMBER"))
                .andExpect(status().isOk());
        api.post(david, BASE + "/" + id + "/gate/approvals", "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approvals[0].sector").value("THIRD"));
    }

    @Test
    void aGoDecisionNeedsEvidenceForEveryQuestion() throws Exception {
        int version = api.read(api.get(fiona, BASE + "/" + id + "/assessment"), "$.version");
        var answers = List.of(
                Map.of("question", "MARKET", "evidence", "Several providers", "rating", "STRONG"),
                Map.of("question", "SUPPLIERS", "evidence", " ", "rating", "ADEQUATE"));
        api.put(fiona, BASE + "/" + id + "/assessment", assessment(version, answers, "GO", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("answers[1].evidence", "", "reason")));

        var twice = List.of(
                Map.of("question", "MARKET", "evidence", "Yes", "rating", "STRONG"),
                Map.of("question", "MARKET", "evidence", "No", "rating", "WEAK"));
        api.put(fiona, BASE + "/" + id + "/assessment", assessment(version, twice, "UNDECIDED", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers"));

        var unknownRating = List.of(Map.of("question", "MARKET", "evidence", "Yes", "rating", "EXCELLENT"));
        api.put(fiona, BASE + "/" + id + "/assessment", assessment(version, unknownRating, "UNDECIDED", null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers[0].rating"));

        api.put(fiona, BASE + "/" + id + "/assessment", assessment(version, answers, "NO_GO", "No market yet."))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.decision").value("NO_GO"))
                .andExpect(jsonPath("$.answers[1].evidence").doesNotExist())
                .andExpect(jsonPath("$.answers[3].rating").value("NOT_RATED"));
        api.put(fiona, BASE + "/" + id + "/assessment", assessment(version, answers, "NO_GO", "Stale."))
                .andExpect(status().isConflict());
        api.put(david, BASE + "/" + id + "/assessment", assessment(version + 1, answers, "GO", "Not a member."))
                .andExpect(status().isNotFound());
    }

    static Map<String, Object> assessment(int version, List<?> answers, String decision, String reason) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("version", version);
        body.put("answers", answers);
        body.put("decision", decision);
        body.put("reason", reason);
        return body;
    }
}
