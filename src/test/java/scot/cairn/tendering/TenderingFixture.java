package scot.cairn.tendering;

import scot.cairn.governance.AssignmentDetails;
import scot.cairn.governance.DocumentKind;
import scot.cairn.governance.DocumentService;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.partnership.GateService;
import scot.cairn.partnership.Role;
import scot.cairn.partnership.Stage;
import scot.cairn.sroi.AnalysisType;
import scot.cairn.sroi.SroiFixture;
import scot.cairn.support.DemoUsers;

/**
 * A fresh partnership taken to Pilot through the real gates: the Explore gate as {@link GovernanceFixture#toDesign},
 * then Fiona as Project Manager, a PID signed by both Senior Sponsors, an approved SROI forecast, and the board's
 * joint approval of the gate into Pilot.
 */
@org.springframework.boot.test.context.TestComponent
public class TenderingFixture {

    private final SroiFixture sroi;
    private final DocumentService documents;
    private final GateService gates;
    private final Tendering tendering;

    TenderingFixture(
            SroiFixture sroi,
            DocumentService documents,
            GateService gates,
            TenderService tenders,
            QuestionService questions,
            TenderPublication publication,
            scot.cairn.governance.DecisionService decisions) {
        this.sroi = sroi;
        this.documents = documents;
        this.gates = gates;
        this.tendering = new Tendering(tenders, questions, publication, decisions);
    }

    /** The services a published tender is made with. */
    private record Tendering(
            TenderService tenders,
            QuestionService questions,
            TenderPublication publication,
            scot.cairn.governance.DecisionService decisions) {}

    /**
     * The specification approved by the board and tender T-1 drawn from it and published by the board's joint
     * approval: quality 60% (one question, Q1), price 40%, no lots, £4.2 million, bids due at noon on {@code due},
     * clarification questions three days before; the tender's id. Run it as of a day before that (it is refused once
     * the clarification deadline has passed).
     */
    public long publishedTender(long id, java.time.LocalDate due) {
        var fiona = sroi.fiona();
        var v = documents.save(
                id, DocumentKind.SPEC, 0, null, GovernanceFixture.text(DocumentKind.SPEC, "agreed"), fiona);
        var signed = documents.sign(id, DocumentKind.SPEC, v.number(), v.version(), fiona);
        documents.sign(id, DocumentKind.SPEC, v.number(), signed.version(), sroi.david());
        var t = tendering
                .tenders()
                .draw(
                        id,
                        new TenderDetails(
                                "Foster care provision",
                                TenderProcedure.OPEN,
                                new java.math.BigDecimal("4200000"),
                                60,
                                40,
                                0,
                                due.minusDays(5),
                                due.minusDays(3),
                                due,
                                due.plusDays(3),
                                due.plusDays(4),
                                due.plusDays(30)),
                        fiona);
        tendering
                .questions()
                .ask(
                        id,
                        t.id(),
                        new QuestionDetails(
                                QuestionCriterion.QUALITY,
                                "How will you keep placements stable?",
                                "A good answer names the support carers get at night.",
                                60),
                        fiona);
        tendering.publication().propose(id, t.id(), 0, fiona);
        var decisions = tendering.decisions();
        var d = decisions.decision(
                id, tendering.tenders().tender(id, t.id(), fiona).decisionId(), fiona);
        d = decisions.approve(id, d.id(), d.version(), fiona);
        decisions.approve(id, d.id(), d.version(), sroi.david());
        return t.id();
    }

    public long inPilot() {
        var governance = sroi.governance();
        long id = sroi.partnership();
        governance.toDesign(id);
        var fiona = sroi.fiona();
        governance
                .roles()
                .assign(
                        id,
                        new AssignmentDetails(Role.PROJECT_MANAGER, DemoUsers.FIONA, GovernanceFixture.SPONSOR_DAYS),
                        fiona);
        var draft = documents.save(
                id, DocumentKind.PID, 0, null, GovernanceFixture.text(DocumentKind.PID, "agreed"), fiona);
        var signed = documents.sign(id, DocumentKind.PID, draft.number(), draft.version(), fiona);
        documents.sign(id, DocumentKind.PID, draft.number(), signed.version(), sroi.david());
        long forecast = sroi.workedExample(id, AnalysisType.FORECAST);
        sroi.approveJointly(id, forecast);
        gates.approve(id, fiona);
        gates.approve(id, sroi.david());
        var view = gates.advance(id, fiona);
        if (sroi.governance().partnerships().get(id, fiona).stage() != Stage.PILOT) {
            throw new IllegalStateException("The partnership did not reach Pilot: " + view);
        }
        return id;
    }
}
