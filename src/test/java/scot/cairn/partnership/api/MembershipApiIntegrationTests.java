package scot.cairn.partnership.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static scot.cairn.partnership.api.PartnershipApi.BASE;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import tools.jackson.databind.json.JsonMapper;

@CairnTest
class MembershipApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    PartnershipApi api;
    String fiona;
    long falkirkCouncil;
    long falkirkCvs;
    long id;

    @BeforeEach
    void setUp() throws Exception {
        api = new PartnershipApi(mvc, json, users);
        fiona = api.token(DemoUsers.FIONA);
        falkirkCouncil = users.current(DemoUsers.FIONA).organisationId();
        falkirkCvs = users.current(DemoUsers.DAVID).organisationId();
        id = api.start(fiona, falkirkCouncil);
    }

    @Test
    void aManagerAddsChangesAndRemovesPartners() throws Exception {
        String partner = BASE + "/" + id + "/partners/" + falkirkCvs;
        api.put(fiona, partner, Map.of("standing", "CONSULTED"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.name == 'Falkirk CVS')].standing", hasItem("CONSULTED")))
                .andExpect(jsonPath("$[?(@.name == 'Falkirk CVS')].sector", hasItem("THIRD")));
        api.put(fiona, partner, Map.of("standing", "INFORMED"))
                .andExpect(jsonPath("$[?(@.name == 'Falkirk CVS')].standing", hasItem("INFORMED")));
        api.get(fiona, BASE + "/" + id + "/history")
                .andExpect(jsonPath("$[0].action").value("Partner standing changed"))
                .andExpect(jsonPath("$[0].changes", hasItem("Falkirk CVS: Consulted -> Informed")));

        api.delete(fiona, partner).andExpect(status().isNoContent());
        api.get(fiona, BASE + "/" + id + "/partners")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", not(hasItem("Falkirk CVS"))))
                .andExpect(jsonPath("$[*].name", hasItem("Falkirk Council")));
        api.delete(fiona, partner).andExpect(status().isNotFound());
    }

    @Test
    void theLeadPartnerStaysACorePartner() throws Exception {
        String lead = BASE + "/" + id + "/partners/" + falkirkCouncil;
        api.put(fiona, lead, Map.of("standing", "INFORMED"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("standing"))
                .andExpect(jsonPath("$.errors[0].message").value("The lead partner must be a core partner"));
        api.delete(fiona, lead)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
        api.get(fiona, BASE + "/" + id + "/partners")
                .andExpect(jsonPath("$[0].name").value("Falkirk Council"))
                .andExpect(jsonPath("$[0].standing").value("CORE"))
                .andExpect(jsonPath("$[0].lead").value(true));
    }

    @Test
    void badPartnerInputIsRefusedByField() throws Exception {
        api.put(fiona, BASE + "/" + id + "/partners/" + falkirkCvs, Map.of("standing", "SLEEPING"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("standing"));
        api.put(fiona, BASE + "/" + id + "/partners/" + falkirkCvs, Map.of())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("standing"));
        api.put(fiona, BASE + "/" + id + "/partners/" + Long.MAX_VALUE, Map.of("standing", "CORE"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organisationId"));
    }

    @Test
    void aManagerAddsChangesAndRemovesMembers() throws Exception {
        long david = users.current(DemoUsers.DAVID).personId();
        api.put(fiona, BASE + "/" + id + "/members", Map.of("email", DemoUsers.DAVID, "role", "MEMBER"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.personId == " + david + ")].role", hasItem("MEMBER")))
                .andExpect(jsonPath("$[?(@.personId == " + david + ")].organisationName", hasItem("Falkirk CVS")));
        api.put(fiona, BASE + "/" + id + "/members", Map.of("email", DemoUsers.DAVID, "role", "MANAGER"))
                .andExpect(jsonPath("$[?(@.personId == " + david + ")].role", hasItem("MANAGER")));
        api.get(api.token(DemoUsers.DAVID), BASE + "/" + id)
                .andExpect(jsonPath("$.viewerManages").value(true));

        api.delete(fiona, BASE + "/" + id + "/members/" + david).andExpect(status().isNoContent());
        api.get(fiona, BASE + "/" + id + "/members").andExpect(jsonPath("$[*].email", not(hasItem(DemoUsers.DAVID))));
        api.get(api.token(DemoUsers.DAVID), BASE + "/" + id).andExpect(status().isNotFound());
        api.delete(fiona, BASE + "/" + id + "/members/" + david).andExpect(status().isNotFound());
    }

    @Test
    void thePartnershipKeepsItsLastManager() throws Exception {
        long fionaId = users.current(DemoUsers.FIONA).personId();
        api.put(fiona, BASE + "/" + id + "/members", Map.of("email", DemoUsers.FIONA, "role", "MEMBER"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"))
                .andExpect(jsonPath("$.errors[0].message").value("A partnership needs at least one manager"));
        api.delete(fiona, BASE + "/" + id + "/members/" + fionaId)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("A partnership needs at least one manager"));
        api.get(fiona, BASE + "/" + id + "/members")
                .andExpect(jsonPath("$[0].role").value("MANAGER"));
    }

    @Test
    void badMemberInputIsRefusedByField() throws Exception {
        api.put(fiona, BASE + "/" + id + "/members", Map.of("email", "", "role", "MEMBER"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"))
                .andExpect(jsonPath("$.errors[0].message").value("Enter the person’s email address"));
        api.put(fiona, BASE + "/" + id + "/members", Map.of("email", "nobody@nowhere.example", "role", "MEMBER"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        api.put(fiona, BASE + "/" + id + "/members", Map.of("email", DemoUsers.DAVID, "role", "CAPTAIN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
        api.put(fiona, BASE + "/" + id + "/members", Map.of("email", DemoUsers.DAVID))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("role"));
    }
}
