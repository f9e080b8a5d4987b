package scot.cairn.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageTests {

    @Test
    void eachGateLeadsToTheNextStageOfTheLifecycle() {
        assertThat(Stage.EXPLORE.next()).isEqualTo(Stage.DESIGN);
        assertThat(Stage.DESIGN.next()).isEqualTo(Stage.PILOT);
        assertThat(Stage.PILOT.next()).isEqualTo(Stage.TENDER);
        assertThat(Stage.TENDER.next()).isEqualTo(Stage.DELIVERY);
    }

    @Test
    void deliveryAndClosedLeadNowhere() {
        assertThat(Stage.DELIVERY.next()).isNull();
        assertThat(Stage.CLOSED.next()).isNull();
    }

    @Test
    void closedIsAnEndingNotAStepOfTheLifecycle() {
        assertThat(Stage.LIFECYCLE)
                .containsExactly(Stage.EXPLORE, Stage.DESIGN, Stage.PILOT, Stage.TENDER, Stage.DELIVERY)
                .doesNotContain(Stage.CLOSED);
    }
}
