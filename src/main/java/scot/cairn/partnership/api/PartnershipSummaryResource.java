package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.media.Schema;
import scot.cairn.partnership.Market;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.PartnershipSummary;
import scot.cairn.partnership.Stage;

/** A line in a list of partnerships; {@code role} is the caller's role, or null when they are not a member. */
@Schema(name = "PartnershipSummary")
record PartnershipSummaryResource(
        long id, String title, Market market, String region, Stage stage, String leadPartnerName, MemberRole role) {

    static PartnershipSummaryResource from(PartnershipSummary s) {
        return new PartnershipSummaryResource(
                s.id(), s.title(), s.market(), s.region(), s.stage(), s.leadPartnerName(), s.role());
    }
}
