package scot.cairn.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import scot.cairn.directory.PersonDetails;
import scot.cairn.directory.PersonService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.CriterionResult;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Stage;
import scot.cairn.partnership.StageAdvanced;
import scot.cairn.support.Unique;

/**
 * The governance module on its own (with the modules it depends on): when the partnership module announces that a
 * gate was passed, the decision log records it as an approved joint decision, with the approvals the gate collected
 * and each criterion's evidence as the gate showed it.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
class GateDecisionsIntegrationTests {

    @Autowired
    PersonService people;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    DecisionService decisions;

    @Autowired
    GateDecisions gateDecisions;

    CurrentUser admin;
    long partnershipId;

    @BeforeEach
    void aPartnershipStartedByAnAdministrator() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "module test", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        SecurityContextHolder.setContext(context);
        String name = Unique.name("Module tester");
        var person = people.create(new PersonDetails(
                name, name.toLowerCase().replaceAll("[^a-z0-9]+", ".") + "@module.example", "Tester", null));
        admin = new CurrentUser(0, person.id(), person.fullName(), person.email(), null, null, true);
        partnershipId = partnerships
                .start(
                        new PartnershipDetails(
                                Unique.name("Module test"), Market.SOCIAL_CARE, "Falkirk", "Try the events.", null),
                        admin)
                .id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void passingAGateIsRecordedInTheDecisionLogWithWhatTheGateShowed(Scenario scenario) {
        var approvedAt = Instant.parse("2026-03-02T10:00:00Z");
        var event = new StageAdvanced(
                partnershipId,
                Stage.EXPLORE,
                Stage.DESIGN,
                LocalDate.of(2026, 3, 2),
                approvedAt,
                admin.personId(),
                List.of(
                        CriterionResult.met("The appropriateness assessment says go", "Decided: go."),
                        CriterionResult.met("Approved jointly by the public and third sectors", "Both approved.")),
                List.of(new StageAdvanced.Approver(admin.personId(), null, null, approvedAt)));

        scenario.publish(event)
                .andWaitForStateChange(() -> decisions.log(partnershipId, admin), log -> !log.isEmpty())
                .andVerify(log -> {
                    assertThat(log).hasSize(1);
                    var d = log.get(0);
                    assertThat(d.reference()).isEqualTo("D-1");
                    assertThat(d.title()).isEqualTo("Gate passed: Explore to Design");
                    assertThat(d.status()).isEqualTo(DecisionStatus.APPROVED);
                    assertThat(d.joint()).isTrue();
                    assertThat(d.gate()).isEqualTo(Stage.EXPLORE);
                    assertThat(d.decisionDate()).isEqualTo(LocalDate.of(2026, 3, 2));
                    assertThat(d.context())
                            .contains("Met: The appropriateness assessment says go. Decided: go.")
                            .contains("Met: Approved jointly by the public and third sectors. Both approved.");
                    assertThat(d.approvals()).singleElement().satisfies(a -> {
                        assertThat(a.personId()).isEqualTo(admin.personId());
                        assertThat(a.approvedAt()).isEqualTo(approvedAt);
                    });
                    assertThat(d.viewerMayChange()).isFalse();
                });

        // The same event handed over again (delivery is at least once) leaves the log as it was.
        gateDecisions.on(event);
        assertThat(decisions.log(partnershipId, admin)).hasSize(1);
    }
}
