package scot.cairn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.sroi.ForecastComparison.Line;
import scot.cairn.sroi.ReviewService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** The demo review's note tells the same story as its own table of figures. */
@CairnTest
class DemoReviewIntegrationTests {

    @Autowired
    ReviewService reviews;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    DemoUsers users;

    @Test
    void theNoteQuotesTheFiguresTheTableShows() {
        var review = reviews.reviews(governance.fosterCare(), users.current(DemoUsers.SAM))
                .get(0);
        assertThat(review.signedOff()).isTrue();
        assertThat(review.note()).isEqualTo(DemoReviews.NOTE);
        var q = review.comparison().quantities();
        quantity(line(q, "Residential placements avoided"), 4, 2);
        quantity(line(q, "Placements lasting 12 months"), 6, 45);
        quantity(line(q, "Carers retained"), 5, 54);
        assertThat(line(q, "School attendance").actual()).isEmpty();
        assertThat(line(q, "good wellbeing").actual()).isEmpty();
        assertThat(review.comparison().actualRatio().orElseThrow())
                .as("the value per pound is lower than forecast")
                .isLessThan(review.comparison().forecastRatio().orElseThrow());
    }

    private static Line line(java.util.List<Line> lines, String indicator) {
        return lines.stream()
                .filter(l -> l.label().contains(indicator))
                .findFirst()
                .orElseThrow();
    }

    private static void quantity(Line line, int forecast, int actual) {
        assertThat(line.forecast().orElseThrow()).as(line.label()).isEqualByComparingTo(BigDecimal.valueOf(forecast));
        assertThat(line.actual().orElseThrow()).as(line.label()).isEqualByComparingTo(BigDecimal.valueOf(actual));
    }
}
