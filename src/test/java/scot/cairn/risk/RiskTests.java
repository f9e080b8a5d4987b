package scot.cairn.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import scot.cairn.platform.InvalidInputException;

class RiskTests {

    static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    static RiskDetails details(RiskKind kind, int likelihood, int impact, RiskStatus status) {
        return new RiskDetails(
                kind,
                " Carers leave ",
                "",
                RiskCategory.PEOPLE,
                7L,
                likelihood,
                impact,
                Proximity.WITHIN_A_YEAR,
                RiskResponse.REDUCE,
                null,
                null,
                false,
                TODAY.plusDays(30),
                status);
    }

    static ReviewDetails review(LocalDate on, int likelihood, int impact) {
        return new ReviewDetails(on, likelihood, impact, 2, 2, "Checked.", on.plusDays(30));
    }

    @Test
    void aRaisedItemIsOpenWithItsDetailsTidied() {
        var r = Risk.raise(1, 3, details(RiskKind.RISK, 4, 5, null), 9, NOW);

        assertThat(r.status()).isEqualTo(RiskStatus.OPEN);
        assertThat(r.title()).isEqualTo("Carers leave");
        assertThat(r.description()).isNull();
        assertThat(r.score()).isEqualTo(20);
        assertThat(r.reference()).isEqualTo("R-3");
    }

    @Test
    void reviewsAreKeptAndTheLatestSetsTheScores() {
        var r = Risk.raise(1, 1, details(RiskKind.RISK, 4, 5, null), 9, NOW);
        r.review(review(TODAY.minusDays(10), 3, 5), 9, NOW);
        r.review(review(TODAY, 2, 4), 7, NOW.plusSeconds(60));

        assertThat(r.score()).isEqualTo(8);
        assertThat(r.residualScore()).isEqualTo(4);
        assertThat(r.nextReview()).isEqualTo(TODAY.plusDays(30));
        assertThat(r.history()).extracting(RiskReview::likelihood).containsExactly(2, 3);
    }

    @Test
    void aReviewDatedBeforeTheLatestIsRefusedSoTheLatestSetsTheScores() {
        var r = Risk.raise(1, 1, details(RiskKind.RISK, 4, 5, null), 9, NOW);
        r.review(review(TODAY, 2, 4), 7, NOW);

        assertThatThrownBy(() -> r.review(review(TODAY.minusDays(3), 5, 5), 7, NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("reviewedOn"));
        assertThat(r.score()).isEqualTo(8);
        r.review(review(TODAY, 3, 4), 7, NOW.plusSeconds(5));
        assertThat(r.score())
                .as("a second review on the same day is the latest")
                .isEqualTo(12);
    }

    @Test
    void aClosedItemIsNotReviewed() {
        var r = Risk.raise(1, 1, details(RiskKind.RISK, 4, 5, null), 9, NOW);
        r.change(details(RiskKind.RISK, 4, 5, RiskStatus.CLOSED));

        assertThatThrownBy(() -> r.review(review(TODAY, 2, 2), 9, NOW))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("risk.review.closed");
        assertThat(r.history()).isEmpty();
    }

    @Test
    void actionsAreAddedToOpenItemsAndDoneOnce() {
        var r = Risk.raise(1, 1, details(RiskKind.RISK, 4, 5, null), 9, NOW);
        r.addAction(new ActionDetails(" Book a second venue ", 7L, TODAY.plusDays(3)));
        r.completeAction(1, TODAY);

        assertThat(r.actions()).singleElement().satisfies(a -> {
            assertThat(a.description()).isEqualTo("Book a second venue");
            assertThat(a.doneOn()).isEqualTo(TODAY);
        });
        assertThatThrownBy(() -> r.completeAction(1, TODAY)).hasMessageContaining("risk.action.alreadyDone");
        assertThatThrownBy(() -> r.completeAction(2, TODAY)).hasMessageContaining("risk.action.unknown");
        r.addAction(new ActionDetails("Ask the trust", 7L, TODAY));
        r.change(details(RiskKind.RISK, 4, 5, RiskStatus.CLOSED));
        assertThatThrownBy(() -> r.addAction(new ActionDetails("More", 7L, TODAY)))
                .hasMessageContaining("risk.action.closed");
        assertThatThrownBy(() -> r.completeAction(2, TODAY)).hasMessageContaining("risk.action.closed");
    }

    @Test
    void aRiskBecomesAnIssueButNeverBack() {
        var r = Risk.raise(1, 1, details(RiskKind.RISK, 4, 5, null), 9, NOW);
        r.change(details(RiskKind.ISSUE, 5, 5, RiskStatus.OPEN));
        assertThat(r.kind()).isEqualTo(RiskKind.ISSUE);

        assertThatThrownBy(() -> r.change(details(RiskKind.RISK, 1, 1, RiskStatus.OPEN)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("risk.edit.issueStaysIssue");
        assertThat(r.score()).as("nothing changed").isEqualTo(25);
    }
}
