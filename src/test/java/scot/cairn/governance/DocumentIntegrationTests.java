package scot.cairn.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.CriterionResult;
import scot.cairn.partnership.GateService;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.MembershipService;
import scot.cairn.partnership.Role;
import scot.cairn.platform.AuditEvent;
import scot.cairn.platform.AuditTrail;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.English;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.Message;
import scot.cairn.platform.NotFoundException;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;
import scot.cairn.support.PdfText;

/** Sign-off and versioning of the MoU and the PID, through the services, with the gate criteria they feed. */
@CairnTest
class DocumentIntegrationTests {

    @Autowired
    GovernanceFixture governanceFixture;

    @Autowired
    DemoUsers users;

    @Autowired
    MembershipService membership;

    @Autowired
    GateService gates;

    @Autowired
    RoleService roles;

    @Autowired
    DocumentService documents;

    @Autowired
    DocumentReader reader;

    @Autowired
    GroupService groups;

    @Autowired
    AuditTrail audit;

    GovernanceFixture fixture;
    CurrentUser fiona;
    CurrentUser david;
    long id;

    @BeforeEach
    void setUp() {
        fixture = governanceFixture;
        id = fixture.newPartnership();
        fiona = users.current(DemoUsers.FIONA);
        david = users.current(DemoUsers.DAVID);
    }

    int write(DocumentKind kind, int basedOn, Integer lock, String words) {
        return documents
                .save(id, kind, basedOn, lock, GovernanceFixture.text(kind, words), fiona)
                .number();
    }

    CriterionResult criterion(String name) {
        return gates.gate(id, fiona).criteria().stream()
                .filter(c -> c.criterion().equals(English.of(Message.of(name))))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theMouIsSignedOffWhenEveryCorePartnersSponsorHasSignedAndTheGateSaysSo() {
        fixture.sponsors(id);
        int v = write(DocumentKind.MOU, 0, null, "agreed");
        assertThat(criterion(DocumentGates.MouSigned.NAME).met()).isFalse();

        var first = documents.sign(
                id,
                DocumentKind.MOU,
                v,
                reader.version(id, DocumentKind.MOU, v, fiona).version(),
                fiona);
        assertThat(first.signedOff()).isFalse();
        assertThat(first.status()).isEqualTo("Being signed");
        assertThat(first.summary()).isEqualTo("Still needs the signature of the Senior Sponsor of Falkirk CVS.");
        assertThat(criterion(DocumentGates.MouSigned.NAME).met()).isFalse();

        var second = documents.sign(
                id,
                DocumentKind.MOU,
                v,
                reader.version(id, DocumentKind.MOU, v, david).version(),
                david);
        assertThat(second.signedOff()).isTrue();
        assertThat(second.status()).isEqualTo("Signed");
        assertThat(second.signatures())
                .extracting(DocumentViews.SignatureView::personName, DocumentViews.SignatureView::organisationName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Fiona Reid", "Falkirk Council"),
                        org.assertj.core.groups.Tuple.tuple("David Kerr", "Falkirk CVS"));
        assertThat(second.signatures())
                .allSatisfy(s -> assertThat(s.sha256()).isEqualTo(second.sha256()))
                .allMatch(DocumentViews.SignatureView::valid);
        var met = criterion(DocumentGates.MouSigned.NAME);
        assertThat(met.met()).isTrue();
        assertThat(met.reason()).startsWith("Version 1: Signed by the Senior Sponsor of every core partner");

        assertThat(actions())
                .contains("governance.documentKind.MOU.audit.drafted", "governance.documentKind.MOU.audit.signed");
        assertThat(audit.forPartnership(id).stream()
                        .filter(e -> e.action().equals("governance.documentKind.MOU.audit.signed"))
                        .flatMap(e -> e.changes().stream()))
                .contains(
                        "governance.audit.signer: (none) -> David Kerr",
                        "governance.audit.for: (none) -> Falkirk CVS",
                        "governance.audit.hash: (none) -> " + second.sha256(),
                        "governance.documentKind.MOU.audit.signedOff");
    }

    @Test
    void aCorePartnerWithoutASponsorIsNamedInTheCriterion() {
        write(DocumentKind.MOU, 0, null, "agreed");
        assertThat(criterion(DocumentGates.MouSigned.NAME).reason())
                .isEqualTo("Version 1: Still needs the signature of the Senior Sponsor of Falkirk CVS (no Senior"
                        + " Sponsor assigned yet), Falkirk Council (no Senior Sponsor assigned yet).");
    }

    @Test
    void editingASignedVersionMakesTheNextVersionAndEveryoneSignsAgain() {
        fixture.signMou(id);
        var signed = reader.version(id, DocumentKind.MOU, 1, fiona);

        int next = write(DocumentKind.MOU, 1, signed.version(), "changed");

        assertThat(next).isEqualTo(2);
        var doc = reader.document(id, DocumentKind.MOU, fiona);
        assertThat(doc.current().number()).isEqualTo(2);
        assertThat(doc.current().signatures()).isEmpty();
        assertThat(doc.versions())
                .extracting(DocumentViews.VersionSummary::number, DocumentViews.VersionSummary::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "Draft"),
                        org.assertj.core.groups.Tuple.tuple(1, "Superseded"));
        var old = reader.version(id, DocumentKind.MOU, 1, fiona);
        assertThat(old.signatures()).hasSize(2);
        assertThat(old.sections().get(0).text()).isEqualTo("Parties: agreed");
        assertThat(criterion(DocumentGates.MouSigned.NAME).met()).isFalse();
        assertThat(actions()).contains("governance.documentKind.MOU.audit.drafted");
        assertThat(audit.forPartnership(id).stream().flatMap(e -> e.changes().stream()))
                .contains("governance.audit.draftedFrom: (none) -> 1");

        var diff = reader.compare(id, DocumentKind.MOU, 1, 2, fiona);
        assertThat(diff.sections()).allMatch(DocumentDiff.SectionDiff::changed);
        assertThat(diff.sections().get(0).lines())
                .containsExactly(
                        new DocumentDiff.Line(DocumentDiff.Change.REMOVED, "Parties: agreed"),
                        new DocumentDiff.Line(DocumentDiff.Change.ADDED, "Parties: changed"));
    }

    @Test
    void anUnsignedDraftChangesInPlaceAndAStaleEditIsRefusedWithoutSavingAnything() {
        write(DocumentKind.PID, 0, null, "first");
        int lock = reader.version(id, DocumentKind.PID, 1, fiona).version();

        write(DocumentKind.PID, 1, lock, "second");
        assertThatThrownBy(() -> write(DocumentKind.PID, 1, lock, "third"))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessage("The draft of the PID was changed by someone else since it was read");

        var doc = reader.document(id, DocumentKind.PID, fiona);
        assertThat(doc.versions()).hasSize(1);
        assertThat(doc.current().sections().get(0).text()).isEqualTo("Background: second");
        assertThat(actions())
                .contains("governance.documentKind.PID.audit.edited")
                .containsOnlyOnce("governance.documentKind.PID.audit.drafted");
    }

    @Test
    void signingAReplacedVersionOrTwiceIsRefusedWithAClearMessage() {
        fixture.sponsors(id);
        write(DocumentKind.MOU, 0, null, "agreed");
        documents.sign(
                id,
                DocumentKind.MOU,
                1,
                reader.version(id, DocumentKind.MOU, 1, fiona).version(),
                fiona);
        assertThatThrownBy(() -> documents.sign(
                        id,
                        DocumentKind.MOU,
                        1,
                        reader.version(id, DocumentKind.MOU, 1, fiona).version(),
                        fiona))
                .isInstanceOfSatisfying(
                        DocumentConflictException.class,
                        e -> assertThat(English.of(e.reason()))
                                .isEqualTo("You have already signed version 1 of the MoU."));

        write(DocumentKind.MOU, 1, null, "changed");
        assertThatThrownBy(() -> documents.sign(
                        id,
                        DocumentKind.MOU,
                        1,
                        reader.version(id, DocumentKind.MOU, 1, david).version(),
                        david))
                .isInstanceOfSatisfying(
                        DocumentConflictException.class,
                        e -> assertThat(English.of(e.reason()))
                                .isEqualTo("Version 1 of the MoU has been replaced by version 2, so it can no longer be"
                                        + " signed. Read version 2 and sign that instead."));
        assertThat(reader.version(id, DocumentKind.MOU, 1, fiona).signatures()).hasSize(1);
    }

    @Test
    void onlyACorePartnersSeniorSponsorSignsTheMouAndObserversOnlyRead() {
        write(DocumentKind.MOU, 0, null, "agreed");
        assertThatThrownBy(() -> documents.sign(
                        id,
                        DocumentKind.MOU,
                        1,
                        reader.version(id, DocumentKind.MOU, 1, david).version(),
                        david))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage(scot.cairn.partnership.Editors.SPONSORS.refusal());
        membership.setMember(id, DemoUsers.SAM, MemberRole.OBSERVER, fiona);
        var sam = users.current(DemoUsers.SAM);
        assertThat(reader.document(id, DocumentKind.MOU, sam).current().number())
                .isEqualTo(1);
        assertThatThrownBy(() -> documents.sign(
                        id,
                        DocumentKind.MOU,
                        1,
                        reader.version(id, DocumentKind.MOU, 1, sam).version(),
                        sam))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage(scot.cairn.partnership.Editors.SPONSORS.refusal());
        assertThatThrownBy(() -> documents.save(
                        id, DocumentKind.MOU, 1, null, GovernanceFixture.text(DocumentKind.MOU, "x"), sam))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> documents.save(
                        id, DocumentKind.MOU, 1, null, GovernanceFixture.text(DocumentKind.MOU, "x"), david))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage(scot.cairn.partnership.Editors.DOCUMENTS.refusal());
        assertThat(reader.version(id, DocumentKind.MOU, 1, fiona).signatures()).isEmpty();
    }

    @Test
    void theProjectManagerEditsDraftsEvenWhenNotAManager() {
        roles.assign(id, new AssignmentDetails(Role.PROJECT_MANAGER, DemoUsers.DAVID, java.math.BigDecimal.ONE), fiona);
        var v = documents.save(id, DocumentKind.PID, 0, null, GovernanceFixture.text(DocumentKind.PID, "x"), david);
        assertThat(v.createdByName()).isEqualTo("David Kerr");
    }

    @Test
    void outsidersSeeNothing() {
        write(DocumentKind.MOU, 0, null, "agreed");
        var iain = users.current(DemoUsers.IAIN);
        assertThatThrownBy(() -> reader.documents(id, iain)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reader.version(id, DocumentKind.MOU, 1, iain)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> documents.sign(
                        id,
                        DocumentKind.MOU,
                        1,
                        reader.version(id, DocumentKind.MOU, 1, iain).version(),
                        iain))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePidIsApprovedByBoardMembersFromBothSectors() {
        long board = groups.create(id, GroupKind.BOARD, fiona).id();
        int v = write(DocumentKind.PID, 0, null, "planned");
        assertThatThrownBy(() -> documents.sign(
                        id,
                        DocumentKind.PID,
                        v,
                        reader.version(id, DocumentKind.PID, v, david).version(),
                        david))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage(scot.cairn.partnership.PartnershipScope.BOARD_ONLY);
        groups.addMember(id, board, MemberDetails.of(DemoUsers.FIONA, false), fiona);
        groups.addMember(id, board, MemberDetails.of(DemoUsers.DAVID, false), fiona);

        var first = documents.sign(
                id,
                DocumentKind.PID,
                v,
                reader.version(id, DocumentKind.PID, v, fiona).version(),
                fiona);
        assertThat(first.signedOff()).isFalse();
        assertThat(first.summary())
                .isEqualTo("Approved by 1 board member. Still needs approval from a third-sector board member.");
        var second = documents.sign(
                id,
                DocumentKind.PID,
                v,
                reader.version(id, DocumentKind.PID, v, david).version(),
                david);
        assertThat(second.signedOff()).isTrue();
        assertThat(second.status()).isEqualTo("Approved");
        assertThat(actions()).contains("governance.documentKind.PID.audit.signed");
    }

    @Test
    void theGateOutOfDesignNeedsTheApprovedPid() {
        fixture.toDesign(id);
        assertThat(criterion(DocumentGates.PidApproved.NAME).met()).isFalse();
        assertThat(criterion(DocumentGates.PidApproved.NAME).reason()).isEqualTo("Nobody has written the PID yet.");
    }

    @Test
    void theFosterCareDemoHasASignedMouAndAnApprovedPid() {
        long psp = fixture.fosterCare();
        var list = reader.documents(psp, users.current(DemoUsers.SAM));
        assertThat(list)
                .extracting(DocumentViews.DocumentSummary::kind, DocumentViews.DocumentSummary::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DocumentKind.MOU, "Signed"),
                        org.assertj.core.groups.Tuple.tuple(DocumentKind.PID, "Approved"));
    }

    @Test
    void theSignedVersionIsAPdfWithItsSectionsAndSignatures() {
        fixture.signMou(id);
        var v = reader.version(id, DocumentKind.MOU, 1, fiona);
        // Table cells wrap, so the words are compared without any spaces or line breaks.
        String text = PdfText.of(reader.pdf(id, DocumentKind.MOU, 1, fiona)).replaceAll("\\s+", "");
        assertThat(text)
                .contains("MemorandumofUnderstanding", "Conflictsofinterest", "Durationandexit:agreed")
                .contains("FionaReid", "DavidKerr", "FalkirkCVS")
                .contains(v.sha256());
        byte[] pdf = reader.pdf(id, DocumentKind.MOU, 1, fiona);
        var tags = PdfText.accessibility(pdf);
        assertThat(tags.title()).contains("Memorandum of Understanding");
        assertThat(tags.language()).isEqualTo("en-GB");
        assertThat(tags.tagged()).isTrue();
        assertThat(tags.hasStructureTree()).isTrue();
        assertThat(tags.fontsNotEmbedded()).isEmpty();
    }

    private java.util.List<String> actions() {
        return audit.forPartnership(id).stream().map(AuditEvent::action).toList();
    }
}
