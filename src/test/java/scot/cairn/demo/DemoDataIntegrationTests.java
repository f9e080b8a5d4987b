package scot.cairn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.directory.OrganisationService;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Stage;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class DemoDataIntegrationTests {

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    OrganisationService organisations;

    @Test
    void theTenPilotsOf2009AreManagedByTheProgrammeOwner() {
        var pilots = partnerships.mine(users.current(DemoUsers.MORVEN));
        assertThat(pilots).hasSize(10).allSatisfy(p -> assertThat(p.stage()).isEqualTo(Stage.PILOT));
        assertThat(pilots)
                .extracting(p -> p.title())
                .contains("HMP Barlinnie and Theatre Nemo", "Falkirk Council and Falkirk CVS");
    }

    @Test
    void fosterCarePspHasSevenTwelveAndFiveMonthStages() {
        var fiona = users.current(DemoUsers.FIONA);
        var summary = partnerships.mine(fiona).stream()
                .filter(p -> p.title().equals("Falkirk foster care provision"))
                .findFirst()
                .orElseThrow();
        var view = partnerships.get(summary.id(), fiona);
        assertThat(view.stage()).isEqualTo(Stage.DESIGN);
        assertThat(months(view.stages().get(1))).isEqualTo(7);
        assertThat(months(view.stages().get(2))).isEqualTo(12);
        assertThat(months(view.stages().get(3))).isEqualTo(5);
        assertThat(view.partners()).extracting(p -> p.name()).contains("Falkirk Council", "Falkirk CVS");
    }

    @Test
    void organisationsFromTheSeedsAreInTheDirectory() {
        assertThat(organisations.search("").stream().map(o -> o.name()))
                .contains(
                        "Falkirk Council",
                        "Falkirk CVS",
                        "Aberdeenshire Council",
                        "Cornerstone",
                        "HMP Barlinnie",
                        "Theatre Nemo");
    }

    private static long months(scot.cairn.partnership.PartnershipView.StageView stage) {
        return ChronoUnit.MONTHS.between(
                stage.plannedStart(), stage.plannedEnd().plusDays(1));
    }
}
