package scot.cairn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.ClosureRoute;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/**
 * A refused action keeps the person on the site: the page has the navigation, says the true reason and links back to
 * where they were.
 */
@CairnTest
class RefusalPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    PartnershipService partnerships;

    @Test
    void aForbiddenActionKeepsTheNavigationAndLinksBackToThePageItCameFrom() throws Exception {
        long id = governance.newPartnership();
        String from = "http://localhost/partnerships/" + id + "/gate";
        String html = html(mvc.perform(post("/partnerships/" + id + "/gate/advance")
                        .header(HttpHeaders.REFERER, from)
                        .with(users.as(DemoUsers.DAVID))
                        .with(csrf()))
                .andExpect(status().isForbidden()));

        assertThat(html)
                .contains("You cannot do this", "Only the partnership’s managers can change this.")
                .contains("aria-label=\"Main menu\"", "My partnerships", "Sign out")
                .contains("href=\"/partnerships/" + id + "/gate\">Go back</a>");
    }

    @Test
    void withoutAPageToGoBackToTheLinkLeadsToThePartnership() throws Exception {
        long id = governance.newPartnership();
        String html = html(mvc.perform(get("/partnerships/" + id + "/edit").with(users.as(DemoUsers.DAVID)))
                .andExpect(status().isForbidden()));
        assertThat(html).contains("My partnerships", "href=\"/partnerships/" + id + "\">Go back</a>");

        String elsewhere = html(mvc.perform(post("/partnerships/" + id + "/edit")
                        .header(HttpHeaders.REFERER, "https://attacker.example/partnerships/1")
                        .with(users.as(DemoUsers.DAVID))
                        .with(csrf()))
                .andExpect(status().isForbidden()));
        assertThat(elsewhere)
                .as("a page on another site is never offered")
                .contains("href=\"/partnerships/" + id + "\">Go back</a>")
                .doesNotContain("attacker.example");
    }

    @Test
    void changesToAClosedPartnershipSayItIsClosed() throws Exception {
        long id = governance.newPartnership();
        var fiona = users.current(DemoUsers.FIONA);
        partnerships.close(id, ClosureRoute.STOPPED, "Funding ended.", fiona);
        String base = "/partnerships/" + id;

        for (var form : new String[] {
            "/edit",
            "/stages",
            "/governance/decisions/new",
            "/outcomes/stakeholders/new",
            "/sroi/new",
            "/governance/documents/mou/edit"
        }) {
            String page = html(mvc.perform(get(base + form).with(users.as(DemoUsers.FIONA))));
            assertThat(page).as(form).contains("This partnership is closed").contains("My partnerships");
        }
        for (var change : new String[][] {
            {"/edit", "title", "Renamed"},
            {"/partners", "organisationId", "1"},
            {"/members", "email", DemoUsers.SAM},
            {"/governance/roles", "role", "ANALYST"},
            {"/stages", "version", "0"},
            {"/outcomes/measurements", "period", "2026-Q1"},
            {"/outcomes/measurements/submit", "period", "2026-Q1"},
            {"/governance/groups/standard", "x", "y"},
            {"/governance/capacity", "email", DemoUsers.FIONA},
            {"/governance/roles", "role", "ANALYST"},
            {"/stages", "version", "0"},
            {"/outcomes/measurements", "period", "2026-Q1"},
            {"/outcomes/measurements/submit", "period", "2026-Q1"},
            {"/governance/groups/standard", "x", "y"},
            {"/governance/capacity", "email", DemoUsers.FIONA},
            {"/governance/decisions", "title", "Late"},
            {"/outcomes/stakeholders/new", "name", "Carers"},
            {"/outcomes/sustainability/edit", "pilotBudget", "100"},
            {"/sroi/new", "title", "Late"}
        }) {
            String page = html(mvc.perform(post(base + change[0])
                    .param(change[1], change[2])
                    .with(users.as(DemoUsers.FIONA))
                    .with(csrf())));
            assertThat(page).as(change[0]).contains("This partnership is closed");
        }
    }

    private static String html(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString();
    }
}
