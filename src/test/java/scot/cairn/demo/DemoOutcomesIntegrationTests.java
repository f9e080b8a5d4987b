package scot.cairn.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.outcome.FrameworkService;
import scot.cairn.outcome.MeasurementService;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

@CairnTest
class DemoOutcomesIntegrationTests {

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    FrameworkService frameworks;

    @Autowired
    MeasurementService measurements;

    @Test
    void fosterCarePspHasAFrameworkAndFourQuartersOfValues() {
        var fiona = users.current(DemoUsers.FIONA);
        long id = partnerships.mine(fiona).stream()
                .filter(p -> p.title().equals("Falkirk foster care provision"))
                .findFirst()
                .orElseThrow()
                .id();
        var framework = frameworks.framework(id, fiona);
        assertThat(framework.stakeholders())
                .extracting(s -> s.name())
                .containsExactly("Children in foster care", "Foster carers");
        assertThat(framework.indicators())
                .extracting(i -> i.name())
                .contains("Placements lasting 12 months or more", "Carers retained");

        var values = measurements.list(id, null, fiona);
        assertThat(values).hasSize(16).allSatisfy(v -> assertThat(v.enteredBy()).isEqualTo("David Kerr"));
        assertThat(values.stream().map(v -> v.period()).distinct()).hasSize(4);
    }
}
