package scot.cairn.partnership.api;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static scot.cairn.partnership.api.PartnershipApi.BASE;
import static scot.cairn.partnership.api.PartnershipApi.change;
import static scot.cairn.partnership.api.PartnershipApi.details;

import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.Unique;
import tools.jackson.databind.json.JsonMapper;

@CairnTest
class PartnershipAccessApiIntegrationTests {

    static final String FOSTER_CARE = "Falkirk foster care provision";

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipService partnerships;

    PartnershipApi api;
    String fiona;

    @BeforeEach
    void setUp() {
        api = new PartnershipApi(mvc, json, users);
        fiona = api.token(DemoUsers.FIONA);
    }

    long fosterCare() {
        return partnerships.mine(users.current(DemoUsers.FIONA)).stream()
                .filter(p -> p.title().equals(FOSTER_CARE))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void withoutATokenEveryCallIs401() throws Exception {
        long id = fosterCare();
        api.get(null, BASE + "/" + id)
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        api.post(null, BASE, details(Unique.name("No token"))).andExpect(status().isUnauthorized());
        api.get("Bearer not-a-real-token", BASE + "/" + id).andExpect(status().isUnauthorized());
    }

    @Test
    void anOutsiderIsToldThePartnershipDoesNotExist() throws Exception {
        long id = fosterCare();
        String iain = api.token(DemoUsers.IAIN);
        api.get(iain, BASE + "/" + id)
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("There is nothing at this address, or you may not see it."));
        api.put(iain, BASE + "/" + id, change(1, details(Unique.name("Taken over"))))
                .andExpect(status().isNotFound());
        api.post(iain, BASE + "/" + id + "/closure", Map.of("route", "STOPPED", "reason", "Not mine"))
                .andExpect(status().isNotFound());
        api.post(iain, BASE + "/" + id + "/gate/approvals", "").andExpect(status().isNotFound());
        api.get(iain, BASE + "/" + id + "/history").andExpect(status().isNotFound());
        api.get(iain, BASE).andExpect(jsonPath("$[*].title", not(hasItem(FOSTER_CARE))));
        api.get(fiona, BASE + "/" + id).andExpect(jsonPath("$.details.title").value(FOSTER_CARE));
    }

    @Test
    void anObserverMayReadButNotChange() throws Exception {
        long id = api.start(fiona, null);
        api.put(fiona, BASE + "/" + id + "/members", Map.of("email", DemoUsers.SAM, "role", "OBSERVER"))
                .andExpect(status().isOk());
        String sam = api.token(DemoUsers.SAM);
        int version = api.version(fiona, id);

        api.get(sam, BASE + "/" + id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.viewerRole").value("OBSERVER"))
                .andExpect(jsonPath("$.viewerManages").value(false));
        api.get(sam, BASE + "/" + id + "/gate").andExpect(status().isOk());
        api.put(sam, BASE + "/" + id, change(version, details(Unique.name("Observer edit"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value("Only the partnership’s managers can change this."));
        api.post(sam, BASE + "/" + id + "/closure", Map.of("route", "STOPPED", "reason", "Observer"))
                .andExpect(status().isForbidden());
        api.put(sam, BASE + "/" + id + "/members", Map.of("email", DemoUsers.SAM, "role", "MANAGER"))
                .andExpect(status().isForbidden());
        api.post(sam, BASE + "/" + id + "/gate/approvals", "").andExpect(status().isForbidden());

        api.get(fiona, BASE + "/" + id)
                .andExpect(jsonPath("$.version").value(version))
                .andExpect(jsonPath("$.stage").value("EXPLORE"));
    }

    @Test
    void thirdSectorPeopleCannotStartAPartnership() throws Exception {
        String title = Unique.name("Third sector start");
        api.post(api.token(DemoUsers.DAVID), BASE, details(title))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", startsWith("Only commissioners")));
        api.get(api.token(DemoUsers.ADMIN), BASE + "?scope=all&title=" + title)
                .andExpect(jsonPath("$[*].title", not(hasItem(title))));
    }

    @Test
    void anUnknownPartnershipIsA404ProblemNeverAStackTrace() throws Exception {
        for (String path : new String[] {BASE + "/" + Long.MAX_VALUE, BASE + "/not-a-number"}) {
            api.get(fiona, path)
                    .andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.trace").doesNotExist())
                    .andExpect(content().string(not(Matchers.containsString("Exception"))));
        }
        api.put(fiona, BASE + "/" + Long.MAX_VALUE, change(1, details(Unique.name("Nowhere"))))
                .andExpect(status().isNotFound());
    }
}
