package scot.cairn.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.directory.Sector;
import scot.cairn.platform.English;
import scot.cairn.platform.Message;
import scot.cairn.support.CairnTest;
import tools.jackson.databind.json.JsonMapper;

/**
 * A passed gate is announced with its criteria as messages; the event registry keeps it as JSON until it is handled
 * and sends it again after a restart, so it must read back with the same words. (A message whose arguments are other
 * messages would read back with maps for them: criteria carry keys with plain arguments only.)
 */
@CairnTest
class StageAdvancedSerializationIntegrationTests {

    @Autowired
    JsonMapper json;

    @Test
    void aStageAdvancedReadsBackWithItsCriteria() {
        var event = new StageAdvanced(
                7,
                Stage.EXPLORE,
                Stage.DESIGN,
                LocalDate.of(2027, 3, 5),
                Instant.parse("2027-03-05T10:15:00Z"),
                3,
                List.of(
                        CriterionResult.met(AssessmentSaysGo.NAME, Message.of("partnership.gate.assessment.go")),
                        CriterionResult.notMet(
                                Message.of("partnership.gate.joint"), Message.of("partnership.limit.partners", 200)),
                        CriterionResult.met("Words not in a bundle yet", "Because.")),
                List.of(new StageAdvanced.Approver(3, 11L, Sector.PUBLIC, Instant.parse("2027-03-04T09:00:00Z"))));

        var read = json.readValue(json.writeValueAsString(event), StageAdvanced.class);

        assertThat(read.criteria()).hasSize(3);
        assertThat(read.criteria().get(0).met()).isTrue();
        assertThat(English.of(read.criteria().get(0).name())).isEqualTo("The appropriateness assessment says go");
        assertThat(English.of(read.criteria().get(1).name()))
                .isEqualTo("Approved jointly by the public and third sectors");
        assertThat(English.of(read.criteria().get(1).why())).isEqualTo("A partnership has at most 200 partners");
        assertThat(read.criteria().get(2).criterion()).isEqualTo("Words not in a bundle yet");
        assertThat(read.approvals()).isEqualTo(event.approvals());
    }
}
