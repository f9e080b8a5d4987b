package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import scot.cairn.directory.Sector;
import scot.cairn.partnership.GateView;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.web.Texts;

/**
 * The gate out of the current stage: each criterion met or not with its reason, the approvals given so far, and
 * whether it is open. {@code to} is null when there is no further stage.
 */
@Schema(name = "Gate")
record GateResource(
        Stage from,
        Stage to,
        boolean open,
        List<CriterionResource> criteria,
        List<ApprovalResource> approvals,
        boolean viewerMayApprove,
        boolean viewerHasApproved,
        boolean viewerManages) {

    static GateResource from(GateView g, Texts words) {
        return new GateResource(
                g.from(),
                g.to(),
                g.open(),
                g.criteria().stream()
                        .map(c -> new CriterionResource(words.words(c.name()), c.met(), words.words(c.why())))
                        .toList(),
                g.approvals().stream()
                        .map(a ->
                                new ApprovalResource(a.personName(), a.organisationName(), a.sector(), a.approvedAt()))
                        .toList(),
                g.viewerMayApprove(),
                g.viewerHasApproved(),
                g.viewerManages());
    }

    /** One condition of the gate, and why it is or is not met. */
    @Schema(name = "GateCriterion")
    record CriterionResource(String criterion, boolean met, String reason) {}

    /** A member's approval of leaving the current stage, on behalf of their organisation. */
    @Schema(name = "GateApproval")
    record ApprovalResource(String personName, String organisationName, Sector sector, Instant approvedAt) {}
}
