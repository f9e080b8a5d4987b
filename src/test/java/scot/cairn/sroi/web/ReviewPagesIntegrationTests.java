package scot.cairn.sroi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import scot.cairn.platform.Message;
import scot.cairn.sroi.AnalysisType;
import scot.cairn.sroi.SroiFixture;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class ReviewPagesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SroiFixture fixture;

    @Autowired
    scot.cairn.sroi.ReviewService reviews;

    long id;
    String base;
    long forecast;
    long evaluation;

    @BeforeEach
    void setUp() {
        id = fixture.partnership();
        base = "/partnerships/" + id + "/sroi/reviews";
        forecast = fixture.workedExample(id, AnalysisType.FORECAST);
        fixture.approveJointly(id, forecast);
        evaluation = fixture.workedExample(id, AnalysisType.EVALUATIVE);
    }

    @Test
    void writeSignAndLockAReviewThroughThePages() throws Exception {
        assertThat(page(base + "/new?quarter=2025-Q4", DemoUsers.FIONA)).contains("value=\"2025-Q4\"");
        String location = post(
                        base + "/new",
                        DemoUsers.FIONA,
                        "quarter",
                        "2025-Q4",
                        "forecastId",
                        String.valueOf(forecast),
                        "evaluativeId",
                        String.valueOf(evaluation),
                        "note",
                        "On forecast.")
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("done", Message.of("sroi.reviewForm.created")))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        assertThat(page(location, DemoUsers.SAM))
                .contains("Forecast against actual: 2025-Q4", "On forecast.", "Nobody has signed this review yet.")
                .contains("The evaluative analysis is still a draft")
                .doesNotContain("Sign off this review", "Change the review");
        post(location + "/sign", DemoUsers.SAM, "version", version(location)).andExpect(status().isForbidden());
        get(location, DemoUsers.IAIN).andExpect(status().isNotFound());
        assertThat(page(location, DemoUsers.FIONA)).contains("Sign off this review", "Change the review");

        assertThat(page(location, DemoUsers.FIONA)).contains("name=\"version\" value=\"" + version(location) + "\"");
        post(location + "/sign", DemoUsers.FIONA, "version", version(location)).andExpect(status().is3xxRedirection());
        post(location + "/sign", DemoUsers.DAVID, "version", version(location)).andExpect(status().is3xxRedirection());
        assertThat(page(location, DemoUsers.FIONA))
                .contains("Signed off", "Fiona Reid", "David Kerr", "Third")
                .doesNotContain("Sign off this review", "Change the review");
        assertThat(html(get(location + "/edit", DemoUsers.FIONA).andExpect(status().isConflict())))
                .contains("This review is signed off and locked");
        assertThat(html(post(location + "/edit", DemoUsers.FIONA, "quarter", "2025-Q4", "note", "Changed")
                        .andExpect(status().isConflict())))
                .contains("This review is signed off and locked");
        assertThat(page(base, DemoUsers.SAM)).contains("2025-Q4", "Signed off", "Outside the pilot");
    }

    @Test
    void aSecondReviewOfAQuarterShowsTheMessageBesideTheQuarter() throws Exception {
        String[] fields = {
            "quarter",
            "2025-Q4",
            "forecastId",
            String.valueOf(forecast),
            "evaluativeId",
            String.valueOf(evaluation),
            "note",
            "First."
        };
        post(base + "/new", DemoUsers.FIONA, fields).andExpect(status().is3xxRedirection());

        assertThat(html(post(base + "/new", DemoUsers.FIONA, fields).andExpect(status().isOk())))
                .contains("There is already a review for 2025-Q4: change that one instead", "href=\"#quarter\"");
        get(base + "/new", DemoUsers.SAM).andExpect(status().isForbidden());
    }

    private ResultActions get(String url, String who) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(fixture.users.as(who)));
    }

    /** The version of the review at this address, as its page shows it. */
    private String version(String location) {
        long reviewId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        return String.valueOf(reviews.review(id, reviewId, fixture.fiona()).version());
    }

    private ResultActions post(String url, String who, String... params) throws Exception {
        var request =
                MockMvcRequestBuilders.post(url).with(fixture.users.as(who)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private String page(String url, String who) throws Exception {
        return html(get(url, who).andExpect(status().isOk()));
    }

    private static String html(ResultActions result) throws Exception {
        return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
