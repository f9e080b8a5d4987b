package scot.cairn.demo;

import static scot.cairn.demo.DemoSeeder.on;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import scot.cairn.governance.DecisionDetails;
import scot.cairn.governance.DecisionService;
import scot.cairn.governance.DocumentLink;
import scot.cairn.identity.CurrentUser;

/**
 * The foster-care board's decision log, made through the decision service on the days the decisions were taken, so it
 * keeps the same rules: the joint decision to sign the MoU, a recruitment decision superseded by a later joint one,
 * and a joint decision the council has approved that waits for the third sector. Passing the gate into Design is
 * recorded by the gate itself.
 */
@Component
class DemoDecisions {

    private final DecisionService decisions;

    DemoDecisions(DecisionService decisions) {
        this.decisions = decisions;
    }

    void mou(long id, LocalDate day, CurrentUser fiona, CurrentUser david) {
        long mou = propose(
                id,
                null,
                new DecisionDetails(
                        "Sign the Memorandum of Understanding",
                        "The partners have agreed how they will work together during Design and Pilot.",
                        null,
                        "Both core partners sign the MoU as drafted.",
                        day,
                        true,
                        null,
                        DocumentLink.MOU,
                        null),
                fiona);
        approve(id, mou, fiona);
        approve(id, mou, david);
    }

    void design(long id, LocalDate design, CurrentUser fiona, CurrentUser david) {
        long inHouse = on(design.plusMonths(1), () -> {
            long proposed = propose(
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
                    fiona);
            approve(id, proposed, fiona);
            return proposed;
        });
        on(design.plusMonths(3), () -> {
            long jointly = propose(
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
                    david);
            approve(id, jointly, fiona);
            approve(id, jointly, david);
            return jointly;
        });
        var lastWeek = LocalDate.now().minusDays(7);
        on(lastWeek, () -> {
            long waiting = propose(
                    id,
                    null,
                    new DecisionDetails(
                            "Invite Barnardo's Scotland to the carers' support groups",
                            "Carers asked for more peer support between visits. Barnardo's Scotland, a consulted"
                                    + " partner, runs support groups in the next council area.",
                            "Council support groups only; Barnardo's groups; a new CVS-run group.",
                            "Barnardo's Scotland is invited to run two support groups during the pilot.",
                            lastWeek,
                            true,
                            null,
                            null,
                            null),
                    fiona);
            approve(id, waiting, fiona);
            return waiting;
        });
    }

    private long propose(long id, Long supersedes, DecisionDetails details, CurrentUser who) {
        return decisions.propose(id, supersedes, details, who).id();
    }

    private void approve(long id, long decision, CurrentUser who) {
        decisions.approve(id, decision, decisions.decision(id, decision, who).version(), who);
    }
}
