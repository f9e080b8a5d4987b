package scot.cairn.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Stage;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** Leaving Pilot needs the sustainability evidence page filled in. */
@CairnTest
class SustainabilityGateIntegrationTests {

    @Autowired
    OutcomeFixtures outcomeFixtures;

    @Autowired
    SustainabilityGate gate;

    @Autowired
    SustainabilityService evidence;

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipService partnerships;

    @Test
    void metOnceBudgetParticipantsAndViabilityAreRecorded() {
        long id = outcomeFixtures.partnership();
        assertThat(gate.appliesTo(Stage.PILOT)).isTrue();
        assertThat(gate.appliesTo(Stage.DESIGN)).isFalse();
        var none = gate.evaluate(id);
        assertThat(none.met()).isFalse();
        assertThat(none.criterion()).isEqualTo("The sustainability evidence page is filled in");
        assertThat(none.reason())
                .isEqualTo("Still needs the pilot budget; the number of participants (more than 0); a narrative on"
                        + " financial viability of at least 100 characters.");

        var david = users.current(DemoUsers.DAVID);
        evidence.save(id, null, new SustainabilityDetails("5000", "0", null, "Funders ask.", List.of()), david);
        assertThat(gate.evaluate(id).reason())
                .isEqualTo("Still needs the number of participants (more than 0); a narrative on financial viability"
                        + " of at least 100 characters.");

        evidence.save(id, 0, new SustainabilityDetails("5000", "10", "TBC", null, List.of()), david);
        assertThat(gate.evaluate(id).reason())
                .isEqualTo("Still needs a narrative on financial viability of at least 100 characters (it has 3).");

        String narrative = "The service costs about £500 per family a year against £4,000 for the crisis support it"
                + " avoids, so it pays for itself.";
        evidence.save(id, 1, new SustainabilityDetails("5000", "10", narrative, null, List.of()), david);
        assertThat(gate.evaluate(id).met()).isTrue();
    }

    @Test
    void theTenPilotsNeverRecordedSustainabilityEvidence() {
        var morven = users.current(DemoUsers.MORVEN);
        var pilot = partnerships.mine(morven).stream().findFirst().orElseThrow();
        assertThat(gate.evaluate(pilot.id()).met()).isFalse();
    }
}
