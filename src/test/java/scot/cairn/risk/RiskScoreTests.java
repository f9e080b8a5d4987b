package scot.cairn.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RiskScoreTests {

    @Test
    void theScoreIsLikelihoodTimesImpact() {
        assertThat(RiskScore.of(1, 1)).isEqualTo(1);
        assertThat(RiskScore.of(4, 5)).isEqualTo(20);
        assertThat(RiskScore.of(5, 5)).isEqualTo(25);
    }

    @Test
    void valuesOutsideOneToFiveAreRefused() {
        assertThatThrownBy(() -> RiskScore.of(0, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RiskScore.of(3, 6)).isInstanceOf(IllegalArgumentException.class);
        assertThat(RiskScore.inRange(null)).isFalse();
        assertThat(RiskScore.inRange(5)).isTrue();
    }

    @Test
    void bandsChangeAfterFourNineAndFourteen() {
        assertThat(RiskScore.band(4)).isEqualTo(RiskScore.Band.LOW);
        assertThat(RiskScore.band(5)).isEqualTo(RiskScore.Band.MEDIUM);
        assertThat(RiskScore.band(9)).isEqualTo(RiskScore.Band.MEDIUM);
        assertThat(RiskScore.band(10)).isEqualTo(RiskScore.Band.HIGH);
        assertThat(RiskScore.band(14)).isEqualTo(RiskScore.Band.HIGH);
        assertThat(RiskScore.band(15)).isEqualTo(RiskScore.Band.SEVERE);
    }

    @Test
    void openItemsAboveTheToleranceOrMarkedGoToTheBoard() {
        int tolerance = RiskScore.DEFAULT_TOLERANCE;
        assertThat(RiskScore.forBoard(RiskStatus.OPEN, 15, false, tolerance))
                .as("at the tolerance is not above it")
                .isFalse();
        assertThat(RiskScore.forBoard(RiskStatus.OPEN, 16, false, tolerance)).isTrue();
        assertThat(RiskScore.forBoard(RiskStatus.OPEN, 2, true, tolerance)).isTrue();
        assertThat(RiskScore.forBoard(RiskStatus.CLOSED, 25, true, tolerance)).isFalse();
    }
}
