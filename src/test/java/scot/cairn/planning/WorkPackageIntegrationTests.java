package scot.cairn.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.governance.GroupKind;
import scot.cairn.governance.GroupService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** Fiona manages the partnership; its project team has the workstreams Recruitment and Support. */
@CairnTest
class WorkPackageIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    DemoUsers users;

    @Autowired
    GroupService groups;

    @Autowired
    PlanService plans;

    @Autowired
    WorkPackageService packages;

    long id;
    CurrentUser fiona;
    CurrentUser david;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        fiona = users.current(DemoUsers.FIONA);
        david = users.current(DemoUsers.DAVID);
        var team = groups.create(id, GroupKind.PROJECT_TEAM, fiona);
        groups.addMember(id, team.id(), scot.cairn.governance.MemberDetails.of(DemoUsers.FIONA, false), fiona);
        groups.addWorkstream(id, team.id(), "Recruitment", fiona.personId(), fiona);
        groups.addWorkstream(id, team.id(), "Support", fiona.personId(), fiona);
    }

    TaskDetails task(String title, String workstream, Long packageId) {
        var today = LocalDate.now(ZoneId.of("Europe/London"));
        return new TaskDetails(
                title, workstream, null, david.personId(), today, today.plusDays(10), List.of(), packageId);
    }

    @Test
    void tasksBelongToAWorkPackageAndItsWorkstream() {
        var wp = packages.add(
                id, new WorkPackageDetails("Carer recruitment campaign", "Recruitment", david.personId()), fiona);
        assertThat(wp.reference()).isEqualTo("WP-1");
        assertThat(wp.leadName()).isEqualTo(david.fullName());

        var t = plans.addTask(id, task("Design the leaflet", null, wp.id()), fiona);
        assertThat(t.workstream()).isEqualTo("Recruitment");
        assertThat(t.workPackage()).isEqualTo("WP-1 Carer recruitment campaign");
        assertThatThrownBy(() -> plans.addTask(id, task("Print it", "Support", wp.id()), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("workstream").key())
                                .isEqualTo("planning.task.packageWorkstream"));

        var moved = packages.change(
                id,
                wp.id(),
                wp.version(),
                new WorkPackageDetails("Carer recruitment", "Support", fiona.personId()),
                fiona);
        assertThat(moved.tasks()).isEqualTo(1);
        assertThat(plans.task(id, t.id(), fiona).workstream()).isEqualTo("Support");
        assertThatThrownBy(() -> packages.change(
                        id, wp.id(), wp.version(), new WorkPackageDetails("Late", "Support", fiona.personId()), fiona))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void badPackagesAreRefusedFieldByField() {
        assertThatThrownBy(() -> packages.add(id, new WorkPackageDetails(" ", "Nowhere", 999_999L), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKeys("title", "workstream", "leadId"));
        var other = governance.newPartnership();
        var elsewhere = packages.add(id, new WorkPackageDetails("Campaign", "Recruitment", david.personId()), fiona);
        assertThatThrownBy(() -> plans.addTask(other, task("Stray", null, elsewhere.id()), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("workPackageId").key())
                                .isEqualTo("planning.task.noSuchPackage"));
        assertThatThrownBy(
                        () -> packages.add(id, new WorkPackageDetails("Mine", "Recruitment", david.personId()), david))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> packages.workPackage(other, elsewhere.id(), fiona))
                .isInstanceOf(NotFoundException.class);
    }
}
