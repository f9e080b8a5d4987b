package scot.cairn.partnership.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import scot.cairn.directory.Sector;
import scot.cairn.partnership.ClosureRoute;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.PartnershipDetails;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.partnership.Stage;
import scot.cairn.partnership.Standing;
import scot.cairn.platform.web.Texts;

/**
 * One partnership as the API shows it. {@code details} has the shape PUT takes back; {@code closure} is null while
 * the partnership is open; {@code viewerRole} is null for an administrator who is not a member.
 */
@Schema(name = "Partnership")
record PartnershipResource(
        long id,

        @Schema(description = "Send this back when changing the partnership; it changes with every save")
        int version,

        PartnershipDetails details,
        String leadPartnerName,
        Stage stage,
        Closure closure,
        Instant createdAt,
        List<PartnerResource> partners,
        List<MemberResource> members,
        List<StageResource> stages,
        MemberRole viewerRole,
        boolean viewerManages) {

    static PartnershipResource from(PartnershipView v, Texts words) {
        return new PartnershipResource(
                v.id(),
                v.version(),
                v.details(),
                v.leadPartnerName(),
                v.stage(),
                v.closed() ? new Closure(v.closureRoute(), v.closureReason()) : null,
                v.createdAt(),
                v.partners().stream().map(PartnerResource::from).toList(),
                v.members().stream().map(MemberResource::from).toList(),
                v.stages().stream().map(s -> StageResource.from(s, words)).toList(),
                v.viewerRole(),
                v.viewerManages());
    }

    /** How and why a partnership ended. */
    @Schema(name = "Closure")
    record Closure(ClosureRoute route, String reason) {}

    /** An organisation taking part, with its standing; the lead partner is always a core partner. */
    @Schema(name = "Partner")
    record PartnerResource(long organisationId, String name, Sector sector, Standing standing, boolean lead) {

        static PartnerResource from(PartnershipView.PartnerView p) {
            return new PartnerResource(p.organisationId(), p.name(), p.sector(), p.standing(), p.lead());
        }
    }

    /** A person with a role in the partnership; organisation and sector are null for people without one. */
    @Schema(name = "Member")
    record MemberResource(
            long personId, String fullName, String email, String organisationName, Sector sector, MemberRole role) {

        static MemberResource from(PartnershipView.MemberView m) {
            return new MemberResource(
                    m.personId(), m.fullName(), m.email(), m.organisationName(), m.sector(), m.role());
        }
    }

    /** One lifecycle stage on the timeline; unknown dates are null. */
    @Schema(name = "StageTimeline")
    record StageResource(
            Stage stage,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            LocalDate actualStart,
            LocalDate actualEnd,

            @Schema(allowableValues = {"done", "current", "upcoming", "not reached"})
            String status,

            String todayNote) {

        static StageResource from(PartnershipView.StageView s, Texts words) {
            return new StageResource(
                    s.stage(),
                    s.plannedStart(),
                    s.plannedEnd(),
                    s.actualStart(),
                    s.actualEnd(),
                    s.status(),
                    words.words(s.todayNote()));
        }
    }
}
