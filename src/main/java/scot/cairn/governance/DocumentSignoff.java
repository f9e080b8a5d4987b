package scot.cairn.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.springframework.stereotype.Component;
import scot.cairn.directory.Sector;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.partnership.Standing;
import scot.cairn.platform.ForbiddenException;

/**
 * Who may sign a document and when a version counts as signed off. The MoU needs a signature from the current Senior
 * Sponsor of every core partner; the PID needs approvals from current board members, at least one from a
 * public-sector and one from a third-sector organisation. Signatures of people who have since left their seat stay
 * on the version but no longer count.
 */
@Component
class DocumentSignoff {

    /** Whether a version is signed off, and what it has or still needs, in a sentence. */
    record Status(boolean met, String summary) {}

    private final GovernanceSeats seats;
    private final RoleRepository roles;

    DocumentSignoff(GovernanceSeats seats, RoleRepository roles) {
        this.seats = seats;
        this.roles = roles;
    }

    Status evaluate(PartnershipView p, DocumentVersion v) {
        return v.kind() == DocumentKind.MOU ? mou(p, v) : pid(p, v);
    }

    /**
     * The organisation the user signs for (null for a service user approving the PID).
     *
     * @throws ForbiddenException when the user may not sign this kind of document
     */
    Long signingFor(PartnershipView p, DocumentKind kind, CurrentUser user) {
        if (p.viewerRole() == null) {
            throw new ForbiddenException(
                    "Only members of the partnership can " + kind.signVerb() + " the " + kind.shortName() + ".");
        }
        if (p.viewerRole() == MemberRole.OBSERVER) {
            throw new ForbiddenException(
                    "Observers can read the " + kind.shortName() + " but cannot " + kind.signVerb() + " it.");
        }
        if (kind == DocumentKind.MOU) {
            var core = core(p);
            return seats.sponsoredOrganisations(p.id(), user.personId()).stream()
                    .filter(core::containsKey)
                    .findFirst()
                    .orElseThrow(() -> new ForbiddenException("Only a core partner's Senior Sponsor can sign the MoU,"
                            + " and only for their own organisation."));
        }
        return seats.boardSeat(p.id(), user.personId())
                .map(GovernanceSeats.BoardSeat::organisationId)
                .orElseThrow(() -> new ForbiddenException(
                        "Only members of the Governance Group / Project Board can approve the PID."));
    }

    /** The Project Manager and the partnership's managers edit drafts while the partnership is open. */
    boolean mayEdit(PartnershipView p, CurrentUser user) {
        return !p.closed()
                && (p.viewerManages()
                        || (p.viewerRole() != null
                                && p.viewerRole() != MemberRole.OBSERVER
                                && seats.holds(p.id(), user.personId(), Role.PROJECT_MANAGER)));
    }

    boolean maySign(PartnershipView p, DocumentKind kind, CurrentUser user) {
        try {
            signingFor(p, kind, user);
            return true;
        } catch (ForbiddenException e) {
            return false;
        }
    }

    private Status mou(PartnershipView p, DocumentVersion v) {
        var core = core(p);
        if (core.isEmpty()) {
            return new Status(false, "The partnership has no core partners to sign it.");
        }
        var missing = new ArrayList<String>();
        core.forEach((org, name) -> {
            boolean signed = v.signatures().stream()
                    .anyMatch(s -> org.equals(s.organisationId())
                            && seats.sponsoredOrganisations(p.id(), s.personId())
                                    .contains(org));
            if (!signed) {
                boolean hasSponsor = roles.findByPartnershipId(p.id()).stream()
                        .anyMatch(a -> a.role() == Role.SENIOR_SPONSOR && org.equals(a.organisationId()));
                missing.add(hasSponsor ? name : name + " (no Senior Sponsor assigned yet)");
            }
        });
        return missing.isEmpty()
                ? new Status(
                        true,
                        "Signed by the Senior Sponsor of every core partner: " + String.join(", ", core.values()) + ".")
                : new Status(
                        false,
                        "Still needs the signature of the Senior Sponsor of " + String.join(", ", missing) + ".");
    }

    private Status pid(PartnershipView p, DocumentVersion v) {
        var sectors = new ArrayList<Sector>();
        int counted = 0;
        for (var s : v.signatures()) {
            var seat = seats.boardSeat(p.id(), s.personId());
            if (seat.isPresent()) {
                counted++;
                sectors.add(seat.get().sector());
            }
        }
        var missing = new ArrayList<String>();
        if (!sectors.contains(Sector.PUBLIC)) {
            missing.add("a public-sector board member");
        }
        if (!sectors.contains(Sector.THIRD)) {
            missing.add("a third-sector board member");
        }
        String approvals = counted == 1 ? "1 board member" : counted + " board members";
        return missing.isEmpty()
                ? new Status(true, "Approved by the Governance Group: " + approvals + ", public and third sector.")
                : new Status(
                        false,
                        "Approved by " + approvals + "; still needs an approval from " + String.join(" and ", missing)
                                + ".");
    }

    private static LinkedHashMap<Long, String> core(PartnershipView p) {
        var core = new LinkedHashMap<Long, String>();
        for (var partner : p.partners()) {
            if (partner.standing() == Standing.CORE) {
                core.put(partner.organisationId(), partner.name());
            }
        }
        return core;
    }
}
