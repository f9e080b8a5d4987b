package scot.cairn.outcome.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.outcome.MeasurementService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** Submitting a period (an analyst) and approving it (a board member), and corrections to approved values becoming new revisions. */
@CairnTest
class SignoffPagesIntegrationTests extends OutcomePageSupport {

    @Autowired
    MeasurementService measurements;

    @Test
    void analystSubmitsBoardMemberApprovesAndACorrectionBecomesARevision() throws Exception {
        var small = fixtures().withFramework();
        String url = "/partnerships/" + small.partnershipId() + "/outcomes/measurements";
        String grid = url + "?period=2026-Q3";
        post(url, DemoUsers.DAVID, "period", "2026-Q3", "value-" + small.stable(), "12")
                .andExpect(redirectedUrl(grid));
        post(url + "/submit", DemoUsers.DAVID, "period", "2026-Q3").andExpect(redirectedUrl(grid));
        assertThat(page(grid, DemoUsers.FIONA)).contains("Submitted for approval by David Kerr", "Approve 2026-Q3");
        assertThat(page(grid, DemoUsers.DAVID)).doesNotContain("Approve 2026-Q3");

        post(url + "/approve", DemoUsers.DAVID, "period", "2026-Q3").andExpect(status().isForbidden());
        post(url + "/approve", DemoUsers.FIONA, "period", "2026-Q3").andExpect(redirectedUrl(grid));
        assertThat(page(grid, DemoUsers.SAM)).contains("approved by Fiona Reid");

        post(url, DemoUsers.DAVID, "period", "2026-Q3", "value-" + small.stable(), "11")
                .andExpect(redirectedUrl(grid));
        var value = measurements
                .list(small.partnershipId(), null, users.current(DemoUsers.FIONA))
                .get(0);
        assertThat(value.value()).isEqualByComparingTo("11");
        assertThat(value.revision()).isEqualTo(2);
        assertThat(page("/partnerships/" + small.partnershipId() + "/history", DemoUsers.FIONA))
                .contains("Measurements submitted for 2026-Q3", "Measurements approved for 2026-Q3")
                .contains("Approved measurements corrected for 2026-Q3", "Placements lasting a year: 12 → 11");
    }

    @Test
    void theSubmitterCannotApproveTheirOwnPeriod() throws Exception {
        var small = fixtures().withFramework();
        String url = "/partnerships/" + small.partnershipId() + "/outcomes/measurements";
        post(url + "/submit", DemoUsers.FIONA, "period", "2026-Q2").andExpect(status().is3xxRedirection());

        var html = html(
                post(url + "/approve", DemoUsers.FIONA, "period", "2026-Q2").andExpect(status().isOk()));

        assertThat(html).contains("There is a problem", "A different person must approve 2026-Q2: you submitted it");
        assertThat(html(post(url + "/submit", DemoUsers.FIONA, "period", "2026-Q2")))
                .contains("2026-Q2 has already been submitted");
        post(url + "/submit", DemoUsers.SAM, "period", "2026-Q1").andExpect(status().isForbidden());
        post(url + "/submit", DemoUsers.IAIN, "period", "2026-Q1").andExpect(status().isNotFound());
    }
}
