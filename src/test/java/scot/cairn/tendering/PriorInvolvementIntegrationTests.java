package scot.cairn.tendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import scot.cairn.engagement.ParityOutcome;
import scot.cairn.engagement.ParityService;
import scot.cairn.engagement.SharedDetails;
import scot.cairn.engagement.SharedKind;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.Standing;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/**
 * The prior-involvement report: Falkirk CVS (core) and Barnardo's (consulted) took part and may bid; the council does
 * not bid. Falkirk CVS saw a paper Barnardo's did not, and David, its chief executive, declared it: the report shows
 * both until the paper is remedied and the declaration reviewed.
 */
@CairnTest
class PriorInvolvementIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    GovernanceFixture governance;

    @Autowired
    MembershipService membership;

    @Autowired
    DeclarationService declarations;

    @Autowired
    PriorInvolvementService reports;

    @Autowired
    ParityService parity;

    @Test
    void eachOrganisationThatMayBidWithWhatItAloneKnewAndItsDeclarations() throws Exception {
        long id = governance.newPartnership();
        var fiona = users.current(DemoUsers.FIONA);
        var david = users.current(DemoUsers.DAVID);
        long cvs = governance.org("Falkirk CVS");
        long barnardos = governance.org("Barnardo's Scotland");
        membership.setPartner(id, barnardos, Standing.CONSULTED, fiona);
        membership.setMember(id, DemoUsers.IAIN, MemberRole.MEMBER, fiona);
        var paper = parity.record(
                id,
                new SharedDetails(
                        SharedKind.PAPER,
                        "Draft outcome measures",
                        LocalDate.now().minusDays(3),
                        List.of(cvs)),
                fiona);
        var declared = declarations.declare(
                id,
                null,
                new DeclarationDetails(
                        false,
                        List.of(new DeclarationDetails.InterestDetails(InterestKind.EMPLOYER, cvs, "Chief Executive"))),
                david);

        var report = reports.report(id, fiona);
        assertThat(report.organisations())
                .extracting(PriorInvolvementView.Organisation::name)
                .containsExactly("Barnardo's Scotland", "Falkirk CVS");
        assertThat(report.open()).isEqualTo(1);
        var falkirkCvs = report.organisations().get(1);
        assertThat(falkirkCvs.standing()).isEqualTo(Standing.CORE);
        assertThat(falkirkCvs.people()).extracting(DeclarationView::person).containsExactly("David Kerr");
        assertThat(falkirkCvs.ahead()).singleElement().satisfies(k -> {
            assertThat(k.subject()).isEqualTo("Draft outcome measures");
            assertThat(k.missing()).containsExactly("Barnardo's Scotland");
            assertThat(k.outcome()).isNull();
        });
        assertThat(falkirkCvs.unresolved()).isTrue();
        assertThat(report.organisations().get(0).unresolved()).isFalse();

        var entry = paper.entries().get(0);
        parity.resolve(id, entry.id(), entry.version(), ParityOutcome.REMEDIED, "Sent to every provider.", fiona);
        declarations.review(
                id,
                declared.id(),
                declared.version(),
                new ReviewDetails(
                        scot.cairn.tendering.ConflictRisk.RELEVANT, Set.of(Measure.KEPT_OUT_OF_EVALUATION), null),
                fiona);
        var after = reports.report(id, fiona);
        assertThat(after.open()).isZero();
        assertThat(after.organisations().get(1).ahead())
                .singleElement()
                .satisfies(k -> assertThat(k.outcome()).isEqualTo(ParityOutcome.REMEDIED));

        mvc.perform(get("/partnerships/" + id + "/tender/prior-involvement").with(users.as(DemoUsers.FIONA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Draft outcome measures")))
                .andExpect(content().string(containsString("Sent to every provider.")));
        mvc.perform(get("/api/v1/partnerships/" + id + "/prior-involvement")
                        .header("Authorization", users.bearer(DemoUsers.IAIN)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/partnerships/" + id + "/tender/prior-involvement").with(users.as(DemoUsers.IAIN)))
                .andExpect(status().isForbidden());
    }
}
