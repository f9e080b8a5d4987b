package scot.cairn.outcome.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.outcome.MeasurementService;
import scot.cairn.outcome.Period;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** Submitting a period (an analyst) and approving it (a board member), and corrections to approved values becoming new revisions. */
@CairnTest
class SignoffPagesIntegrationTests extends OutcomePageSupport {

    @Autowired
    MeasurementService measurements;

    @Autowired
    scot.cairn.outcome.SignoffService signoffs;

    @Test
    void analystSubmitsBoardMemberApprovesAndACorrectionBecomesARevision() throws Exception {
        var small = fixtures().withFramework();
        String url = "/partnerships/" + small.partnershipId() + "/outcomes/measurements";
        String grid = url + "?period=2026-Q3";
        post(url, DemoUsers.DAVID, "period", "2026-Q3", "value-" + small.stable(), "12")
                .andExpect(redirectedUrl(grid));
        post(url + "/submit", DemoUsers.DAVID, "period", "2026-Q3").andExpect(redirectedUrl(grid));
        assertThat(page(grid, DemoUsers.FIONA)).contains("Submitted for approval by David Kerr", "Approve 2026-Q3");
        assertThat(page(grid, DemoUsers.SAM)).doesNotContain("Approve 2026-Q3");

        post(url + "/approve", DemoUsers.SAM, "period", "2026-Q3", "version", version(small, "2026-Q3"))
                .andExpect(status().isForbidden());
        post(url + "/approve", DemoUsers.FIONA, "period", "2026-Q3", "version", version(small, "2026-Q3"))
                .andExpect(redirectedUrl(grid));
        assertThat(page(grid, DemoUsers.SAM))
                .contains(
                        "Approved by Fiona Reid (Public sector)",
                        "Still needs approval from a third-sector board member.");
        assertThat(page(grid, DemoUsers.FIONA)).doesNotContain("Approve 2026-Q3");
        post(url + "/approve", DemoUsers.DAVID, "period", "2026-Q3", "version", version(small, "2026-Q3"))
                .andExpect(redirectedUrl(grid));
        assertThat(page(grid, DemoUsers.SAM)).contains("Approved by the board.");

        post(url, DemoUsers.DAVID, "period", "2026-Q3", "value-" + small.stable(), "11")
                .andExpect(redirectedUrl(grid));
        assertThat(page(grid, DemoUsers.SAM))
                .contains("Values changed after submission, so the approvals given before were withdrawn")
                .doesNotContain("Approved by the board.");
        assertThat(page(grid, DemoUsers.FIONA)).contains("Approve 2026-Q3");
        var value = measurements
                .list(small.partnershipId(), null, users.current(DemoUsers.FIONA))
                .get(0);
        assertThat(value.value()).isEqualByComparingTo("11");
        assertThat(value.revision()).isEqualTo(2);
        assertThat(history(small.partnershipId()))
                .contains("Measurements submitted", "Measurements approved", "Period: (none) → 2026-Q3")
                .contains("Approved measurements corrected", "Placements lasting a year: 12 → 11")
                .contains("Submitted by: (none) → David Kerr");
    }

    @Test
    void aPeriodIsSubmittedOnceAfterItEndsApprovedOnceByEachAndAStaleApprovalIsRefused() throws Exception {
        var small = fixtures().withFramework();
        String url = "/partnerships/" + small.partnershipId() + "/outcomes/measurements";
        assertThat(html(post(url + "/submit", DemoUsers.FIONA, "period", "2099-Q1")))
                .contains("2099-Q1 has not ended yet: submit it once it is over");
        post(url + "/submit", DemoUsers.FIONA, "period", "2026-Q2").andExpect(status().is3xxRedirection());
        String seen = version(small, "2026-Q2");
        post(url + "/approve", DemoUsers.FIONA, "period", "2026-Q2", "version", seen)
                .andExpect(status().is3xxRedirection());

        var html =
                html(post(url + "/approve", DemoUsers.FIONA, "period", "2026-Q2", "version", version(small, "2026-Q2"))
                        .andExpect(status().isOk()));
        assertThat(html).contains("There is a problem", "You have already approved 2026-Q2");
        assertThat(html(post(url + "/approve", DemoUsers.DAVID, "period", "2026-Q2", "version", seen)))
                .contains("Someone else changed this since you opened it");
        assertThat(html(post(url + "/submit", DemoUsers.FIONA, "period", "2026-Q2")))
                .contains("2026-Q2 has already been submitted");
        post(url + "/submit", DemoUsers.SAM, "period", "2026-Q1").andExpect(status().isForbidden());
        post(url + "/submit", DemoUsers.IAIN, "period", "2026-Q1").andExpect(status().isNotFound());
    }

    /** The period's sign-off version as the grid page shows it. */
    private String version(scot.cairn.outcome.OutcomeFixtures.Small small, String period) {
        return String.valueOf(signoffs.signoff(
                        small.partnershipId(), Period.parse(period).orElseThrow(), users.current(DemoUsers.FIONA))
                .orElseThrow()
                .version());
    }
}
