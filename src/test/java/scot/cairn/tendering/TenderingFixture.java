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

    TenderingFixture(SroiFixture sroi, DocumentService documents, GateService gates) {
        this.sroi = sroi;
        this.documents = documents;
        this.gates = gates;
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
