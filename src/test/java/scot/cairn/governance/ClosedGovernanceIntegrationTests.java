package scot.cairn.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.HtmlUtils;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.ClosureRoute;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Role;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.English;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/**
 * A closed partnership is a record, its governance included: every kind of change to groups, members, workstreams,
 * informed providers, roles and decisions is refused with the same message as the partnership's own details, and
 * nothing reaches the audit trail.
 */
@CairnTest
class ClosedGovernanceIntegrationTests {

    @Autowired
    GovernanceFixture governanceFixture;

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoUsers users;

    @Autowired
    PartnershipService partnerships;

    @Autowired
    GroupService groups;

    @Autowired
    RoleService roles;

    @Autowired
    DecisionService decisions;

    @Autowired
    AuditTrail audit;

    GovernanceFixture fixture;
    CurrentUser fiona;
    long id;
    long board;
    long team;
    long forum;
    AssignmentView sponsor;
    DecisionView draft;

    /** A partnership with every kind of governance record, then closed. */
    @BeforeEach
    void setUp() {
        fixture = governanceFixture;
        fiona = users.current(DemoUsers.FIONA);
        id = fixture.newPartnership();
        var all = groups.setUpStandard(id, fiona);
        board = kind(all, GroupKind.BOARD);
        team = kind(all, GroupKind.PROJECT_TEAM);
        forum = kind(all, GroupKind.INFORMED_PROVIDERS);
        groups.addMember(id, board, MemberDetails.of(DemoUsers.FIONA, false), fiona);
        groups.addMember(id, team, MemberDetails.of(DemoUsers.FIONA, false), fiona);
        groups.addWorkstream(id, team, "Placements", fiona.personId(), fiona);
        groups.addProvider(id, forum, fixture.org("Quarriers"), fiona);
        var chief = fixture.member(id, "Falkirk CVS");
        sponsor = roles.assign(id, new AssignmentDetails(Role.SENIOR_SPONSOR, chief.email(), BigDecimal.ONE), fiona);
        roles.assign(
                id,
                new AssignmentDetails(
                        Role.SENIOR_SPONSOR,
                        fixture.member(id, "Falkirk Council").email(),
                        BigDecimal.ONE),
                fiona);
        draft = decisions.propose(id, null, details("Keep going"), fiona);
        partnerships.close(id, ClosureRoute.STOPPED, "The council withdrew its funding.", fiona);
    }

    static long kind(java.util.List<GroupView> all, GroupKind kind) {
        return all.stream()
                .filter(g -> g.kind() == kind)
                .findFirst()
                .orElseThrow()
                .id();
    }

    static DecisionDetails details(String title) {
        return new DecisionDetails(
                title, "Context.", null, "Decided.", LocalDate.of(2026, 1, 5), false, null, null, null);
    }

    @Test
    void everyGovernanceChangeIsRefused() {
        long quarriers = fixture.org("Quarriers");
        var changes = new LinkedHashMap<String, Runnable>();
        changes.put("set up the standard groups", () -> groups.setUpStandard(id, fiona));
        changes.put("add a group", () -> groups.create(id, GroupKind.COMMUNICATIONS, fiona));
        changes.put("add a member", () -> groups.addMember(id, board, MemberDetails.of(DemoUsers.DAVID, false), fiona));
        changes.put("remove a member", () -> groups.removeMember(id, board, fiona.personId(), fiona));
        changes.put("add a workstream", () -> groups.addWorkstream(id, team, "Outcomes", fiona.personId(), fiona));
        changes.put("remove a workstream", () -> groups.removeWorkstream(id, team, "Placements", fiona));
        changes.put(
                "add an informed provider",
                () -> groups.addProvider(id, forum, fixture.org("Barnardo's Scotland"), fiona));
        changes.put("remove an informed provider", () -> groups.removeProvider(id, forum, quarriers, fiona));
        changes.put(
                "assign a role",
                () -> roles.assign(
                        id, new AssignmentDetails(Role.PROJECT_MANAGER, DemoUsers.FIONA, BigDecimal.ONE), fiona));
        changes.put(
                "change a role",
                () -> roles.change(
                        id,
                        sponsor.id(),
                        sponsor.version(),
                        new AssignmentDetails(Role.SENIOR_SPONSOR, sponsor.email(), BigDecimal.valueOf(2)),
                        fiona));
        changes.put("remove a role", () -> roles.remove(id, sponsor.id(), fiona));
        changes.put("make a lead sponsor", () -> roles.makeLead(id, sponsor.id(), fiona));
        changes.put("propose a decision", () -> decisions.propose(id, null, details("More"), fiona));
        changes.put(
                "change a draft decision",
                () -> decisions.change(id, draft.id(), draft.version(), details("Changed"), fiona));
        changes.put(
                "approve a decision",
                () -> decisions.approve(
                        id,
                        draft.id(),
                        decisions.decision(id, draft.id(), fiona).version(),
                        fiona));
        changes.put(
                "withdraw a decision",
                () -> decisions.withdraw(
                        id,
                        draft.id(),
                        decisions.decision(id, draft.id(), fiona).version(),
                        fiona));

        int recorded = audit.forPartnership(id).size();
        for (Map.Entry<String, Runnable> change : changes.entrySet()) {
            assertThatThrownBy(change.getValue()::run)
                    .as(change.getKey())
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(English.of(e.fieldErrors()))
                                    .containsExactly(Map.entry("", "This partnership is closed")));
        }
        assertThat(audit.forPartnership(id)).hasSize(recorded);
        assertThat(groups.groups(id, fiona)).hasSize(4);
        assertThat(roles.assignments(id, fiona)).hasSize(2);
        assertThat(decisions.decision(id, draft.id(), fiona).status()).isEqualTo(DecisionStatus.DRAFT);
    }

    @Test
    void closedPagesOfferNoChangesAndExplainARefusal() throws Exception {
        String base = "/partnerships/" + id + "/governance/decisions";
        var log = page(base);
        assertThat(log).contains("Keep going").doesNotContain("Record a decision");
        assertThat(page(base + "/" + draft.id())).doesNotContain("Approve this decision", "Change the draft");
        var refused =
                HtmlUtils.htmlUnescape(mvc.perform(MockMvcRequestBuilders.post(base + "/" + draft.id() + "/approve")
                                .with(users.as(DemoUsers.FIONA))
                                .with(csrf()))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(refused).contains("govuk-error-summary", "<a href=\"#approve\">This partnership is closed</a>");
    }

    String page(String url) throws Exception {
        return HtmlUtils.htmlUnescape(
                mvc.perform(MockMvcRequestBuilders.get(url).with(users.as(DemoUsers.FIONA)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
    }
}
