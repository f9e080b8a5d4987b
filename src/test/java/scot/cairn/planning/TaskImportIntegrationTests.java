package scot.cairn.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** Fiona manages the partnership and plans; David is a member. */
@CairnTest
class TaskImportIntegrationTests {

    @Autowired
    GovernanceFixture governance;

    @Autowired
    DemoUsers users;

    @Autowired
    PlanService plans;

    @Autowired
    TaskImportService imports;

    @Autowired
    AuditTrail audit;

    long id;
    CurrentUser fiona;
    CurrentUser david;

    @BeforeEach
    void setUp() {
        id = governance.newPartnership();
        fiona = users.current(DemoUsers.FIONA);
        david = users.current(DemoUsers.DAVID);
        plans.addTask(
                id,
                new TaskDetails(
                        "Map placements",
                        null,
                        null,
                        david.personId(),
                        LocalDate.of(2027, 1, 4),
                        LocalDate.of(2027, 1, 29),
                        List.of()),
                fiona);
    }

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void eachRowIsCheckedByThePlansRulesAndNothingIsSavedWhileOneIsWrong() {
        var preview = imports.upload(
                id,
                "tasks.csv",
                csv("Title,Owner,Start,Due,Stage,After\n"
                        + "Design the model,David Kerr,2027-02-01,2027-03-31,design,T-1\n"
                        + "Cost the model," + DemoUsers.FIONA + ",1/4/2027,30/4/2027,,\n"
                        + "Ask carers,Nobody Known,2027-02-01,2027-02-28,,\n"
                        + "Write it up,David Kerr,2027-05-01,2027-04-01,,\n"
                        + "Print it,David Kerr,tomorrow,2027-04-01,Nowhere,T-99\n"),
                fiona);

        assertThat(preview.rows()).hasSize(5);
        assertThat(preview.rows().get(0).ok()).isTrue();
        assertThat(preview.rows().get(1).ok()).isTrue();
        assertThat(preview.rows().get(1).details().ownerId()).isEqualTo(fiona.personId());
        assertThat(preview.rows().get(2).errors().get("owner").key()).isEqualTo("planning.import.noSuchOwner");
        assertThat(preview.rows().get(3).errors().get("due").key()).isEqualTo("planning.task.dueBeforeStart");
        assertThat(preview.rows().get(4).errors()).containsKeys("start", "stage");
        assertThat(preview.rowsWithErrors()).isEqualTo(3);
        assertThatThrownBy(() -> imports.confirm(id, preview.importId(), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("").key()).isEqualTo("planning.import.correctRows"));
        assertThat(plans.plan(id, PlanFilter.NONE, 1, fiona).totalTasks()).isEqualTo(1);
    }

    @Test
    void aCorrectFileAddsEveryTaskNumberedAfterThePlansOwn() {
        var preview = imports.upload(
                id,
                "tasks.csv",
                csv("title,owner,start,due,after\n"
                        + "Design the model,David Kerr,2027-02-01,2027-03-31,T-1\n"
                        + "Cost the model,Fiona Reid,2027-04-01,2027-04-30,\n"),
                fiona);

        assertThat(imports.confirm(id, preview.importId(), fiona)).isEqualTo(2);

        var plan = plans.plan(id, PlanFilter.NONE, 1, fiona);
        assertThat(plan.tasks())
                .extracting(PlanView.TaskView::reference, PlanView.TaskView::title)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("T-1", "Map placements"),
                        org.assertj.core.groups.Tuple.tuple("T-2", "Design the model"),
                        org.assertj.core.groups.Tuple.tuple("T-3", "Cost the model"));
        assertThat(plan.tasks().get(1).dependsOn()).containsExactly("T-1");
        assertThat(audit.forPartnership(id))
                .filteredOn(e -> e.action().equals("planning.audit.taskImported"))
                .hasSize(2);
        assertThatThrownBy(() -> imports.confirm(id, preview.importId(), fiona))
                .as("an upload is confirmed once")
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyThoseWhoChangeThePlanImportAndAnUploadIsItsMakersOnly() {
        assertThatThrownBy(() -> imports.upload(
                        id, "tasks.csv", csv("title,owner,start,due\nA,David Kerr,2027-02-01,2027-02-02\n"), david))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> imports.upload(id, "tasks.csv", csv("title,owner\nA,B\n"), fiona))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("file").key()).isEqualTo("planning.import.headerNeeded"));
        var preview = imports.upload(
                id, "tasks.csv", csv("title,owner,start,due\nA,David Kerr,2027-02-01,2027-02-02\n"), fiona);
        assertThatThrownBy(() -> imports.preview(governance.newPartnership(), preview.importId(), fiona))
                .isInstanceOf(NotFoundException.class);
    }
}
