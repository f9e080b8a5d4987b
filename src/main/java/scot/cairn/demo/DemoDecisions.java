package scot.cairn.demo;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DocumentLink;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Stage;

/**
 * The foster-care board's decision log, made through the decision service so it keeps the same rules: the joint
 * decision to go to Design, a placement decision superseded by a later one, and the MoU awaiting the third sector.
 */
@Component
class DemoDecisions {

    private final DecisionService decisions;

    DemoDecisions(DecisionService decisions) {
        this.decisions = decisions;
    }

    void fosterCare(long id, CurrentUser fiona, CurrentUser david) {
        var design = LocalDate.now().minusMonths(5).withDayOfMonth(1);
        long proceed = decisions
                .propose(
                        id,
                        null,
                        new DecisionDetails(
                                "Proceed to the Design stage",
                                "The appropriateness assessment answered all four questions well and both core"
                                        + " partners want to change how foster care is commissioned in Falkirk.",
                                "Stop here; proceed to Design with the council and the CVS; wait a year.",
                                "Proceed to Design with Falkirk Council and Falkirk CVS as core partners.",
                                design.minusDays(3),
                                true,
                                Stage.EXPLORE,
                                null,
                                null),
                        fiona)
                .id();
        approveBoth(id, proceed, fiona, david);

        long inHouse = decisions
                .propose(
                        id,
                        null,
                        new DecisionDetails(
                                "Recruit new foster carers through the council",
                                "Falkirk needs more local carers so children can stay near their schools.",
                                null,
                                "The council's fostering team leads recruitment for the pilot.",
                                design.plusMonths(1),
                                false,
                                null,
                                null,
                                null),
                        fiona)
                .id();
        decisions.approve(id, inHouse, fiona);

        long jointly = decisions
                .propose(
                        id,
                        inHouse,
                        new DecisionDetails(
                                "Recruit foster carers jointly with Falkirk CVS",
                                "The CVS reaches community groups the council does not, and carers asked for"
                                        + " support from people who are not their assessors.",
                                "Council alone; CVS alone; both together.",
                                "Falkirk CVS and the council's fostering team recruit and support carers together.",
                                design.plusMonths(3),
                                true,
                                null,
                                DocumentLink.PID,
                                null),
                        david)
                .id();
        approveBoth(id, jointly, fiona, david);

        long mou = decisions
                .propose(
                        id,
                        null,
                        new DecisionDetails(
                                "Sign the Memorandum of Understanding",
                                "The partners have agreed how they will work together during Design and Pilot.",
                                null,
                                "Both core partners sign the MoU as drafted.",
                                LocalDate.now().minusDays(7),
                                true,
                                null,
                                DocumentLink.MOU,
                                null),
                        fiona)
                .id();
        decisions.approve(id, mou, fiona);
    }

    private void approveBoth(long id, long decision, CurrentUser fiona, CurrentUser david) {
        decisions.approve(id, decision, fiona);
        decisions.approve(id, decision, david);
    }
}
