package scot.cairn.governance;

import org.springframework.stereotype.Component;
import scot.cairn.partnership.CriterionResult;
import scot.cairn.partnership.GateCriterion;
import scot.cairn.partnership.PartnershipService;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.Message;

/** What the MoU and the PID contribute to the gates: the current version must be signed off. */
final class DocumentGates {

    private DocumentGates() {}

    /** Leaving Explore for Design needs the MoU signed by every core partner's Senior Sponsor. */
    @Component
    static class MouSigned implements GateCriterion {

        static final String NAME = "governance.gate.mouSigned";

        private final Check check;

        MouSigned(Check check) {
            this.check = check;
        }

        @Override
        public String where(long partnershipId) {
            return "/partnerships/" + partnershipId + "/governance/documents/mou";
        }

        @Override
        public boolean appliesTo(Stage from) {
            return from == Stage.EXPLORE;
        }

        @Override
        public CriterionResult evaluate(long partnershipId) {
            return check.result(partnershipId, DocumentKind.MOU, NAME);
        }

        @Override
        public boolean met(long partnershipId) {
            return check.met(partnershipId, DocumentKind.MOU);
        }
    }

    /** Leaving Design for Pilot needs the PID approved by the Governance Group. */
    @Component
    static class PidApproved implements GateCriterion {

        static final String NAME = "governance.gate.pidApproved";

        private final Check check;

        PidApproved(Check check) {
            this.check = check;
        }

        @Override
        public String where(long partnershipId) {
            return "/partnerships/" + partnershipId + "/governance/documents/pid";
        }

        @Override
        public boolean appliesTo(Stage from) {
            return from == Stage.DESIGN;
        }

        @Override
        public CriterionResult evaluate(long partnershipId) {
            return check.result(partnershipId, DocumentKind.PID, NAME);
        }

        @Override
        public boolean met(long partnershipId) {
            return check.met(partnershipId, DocumentKind.PID);
        }
    }

    @Component
    static class Check {

        private final PartnershipService partnerships;
        private final DocumentRepository documents;
        private final DocumentPresenter presenter;

        Check(PartnershipService partnerships, DocumentRepository documents, DocumentPresenter presenter) {
            this.partnerships = partnerships;
            this.documents = documents;
            this.presenter = presenter;
        }

        /**
         * A current version signed off meets the criterion, and no version does not; only a version being signed
         * needs the partnership's partners and board to tell.
         */
        boolean met(long partnershipId, DocumentKind kind) {
            var latest = documents.findFirstByPartnershipIdAndKindOrderByNumberDesc(partnershipId, kind);
            if (latest.isEmpty()) {
                return false;
            }
            if (latest.get().signedOffAt() != null) {
                return true;
            }
            return presenter
                    .status(partnerships.forChecks(partnershipId), latest, kind)
                    .met();
        }

        CriterionResult result(long partnershipId, DocumentKind kind, String name) {
            var p = partnerships.forChecks(partnershipId);
            var latest = documents.findFirstByPartnershipIdAndKindOrderByNumberDesc(partnershipId, kind);
            var status = presenter.status(p, latest, kind);
            String reason = presenter.words(
                    latest.map(v -> Message.of("governance.gate.versionReason", v.number(), status.summary()))
                            .orElse(status.summary()));
            String criterion = presenter.words(Message.of(name));
            return status.met() ? CriterionResult.met(criterion, reason) : CriterionResult.notMet(criterion, reason);
        }
    }
}
