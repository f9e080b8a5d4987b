package scot.cairn.outcome.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import scot.cairn.governance.AssignmentDetails;
import scot.cairn.partnership.Role;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/**
 * Who edits evidence: managers, administrators and holders of the Analyst, Sustainability Lead or Project Manager
 * role; other members and observers read (403 with a message); outsiders get 404.
 */
@CairnTest
class EvidenceAccessIntegrationTests extends OutcomePageSupport {

    private static final String REFUSAL = "Only the partnership’s managers, analysts, sustainability lead and"
            + " project manager can change its evidence.";

    private void assign(long id, Role role, String email) {
        roles.assign(id, new AssignmentDetails(role, email, new BigDecimal("0.01")), users.current(DemoUsers.FIONA));
    }

    @Test
    void aMemberWithoutAnEditingRoleReadsButCannotChange() throws Exception {
        long id = fixtures().plainPartnership();
        String base = "/partnerships/" + id + "/outcomes";

        assertThat(page(base, DemoUsers.DAVID)).contains("Outcome framework").doesNotContain("Add a stakeholder group");
        assertThat(html(post(base + "/stakeholders/new", DemoUsers.DAVID, "name", "Carers")
                        .andExpect(status().isForbidden())))
                .contains(REFUSAL);
        post(base + "/measurements", DemoUsers.DAVID, "period", "2026-Q1").andExpect(status().isForbidden());
        get(base + "/sustainability/edit", DemoUsers.DAVID).andExpect(status().isForbidden());
        assertThat(page(base + "/sustainability", DemoUsers.DAVID))
                .doesNotContain("Change the sustainability evidence");
    }

    @Test
    void analystSustainabilityLeadAndProjectManagerEdit() throws Exception {
        for (var role : new Role[] {Role.ANALYST, Role.SUSTAINABILITY_LEAD, Role.PROJECT_MANAGER}) {
            long id = fixtures().plainPartnership();
            String base = "/partnerships/" + id + "/outcomes";
            assign(id, role, DemoUsers.DAVID);

            post(base + "/stakeholders/new", DemoUsers.DAVID, "name", "Carers").andExpect(redirectedUrl(base));
            post(base + "/sustainability/edit", DemoUsers.DAVID, "participants", "12")
                    .andExpect(redirectedUrl(base + "/sustainability"));
            assertThat(page(base + "/sustainability", DemoUsers.DAVID))
                    .as(role.name())
                    .contains("Change the sustainability evidence", ">12<");
        }
    }

    @Test
    void anotherRoleDoesNotMakeAnEditor() throws Exception {
        long id = fixtures().plainPartnership();
        assign(id, Role.WORKSTREAM_LEAD, DemoUsers.DAVID);
        post("/partnerships/" + id + "/outcomes/stakeholders/new", DemoUsers.DAVID, "name", "Carers")
                .andExpect(status().isForbidden());
    }

    @Test
    void managersAndAdministratorsEditObserversReadOutsidersGetNotFound() throws Exception {
        long id = fixtures().plainPartnership();
        String base = "/partnerships/" + id + "/outcomes";
        post(base + "/stakeholders/new", DemoUsers.FIONA, "name", "Carers").andExpect(redirectedUrl(base));
        post(base + "/stakeholders/new", DemoUsers.ADMIN, "name", "Children").andExpect(redirectedUrl(base));

        assertThat(page(base + "/sustainability", DemoUsers.SAM)).contains("Sustainability evidence");
        post(base + "/sustainability/edit", DemoUsers.SAM, "participants", "3").andExpect(status().isForbidden());
        post(base + "/stakeholders/new", DemoUsers.SAM, "name", "Sneaky").andExpect(status().isForbidden());
        get(base + "/sustainability", DemoUsers.IAIN).andExpect(status().isNotFound());
        get(base + "/sustainability.pdf", DemoUsers.IAIN).andExpect(status().isNotFound());
        post(base + "/sustainability/edit", DemoUsers.IAIN, "participants", "3").andExpect(status().isNotFound());
    }
}
