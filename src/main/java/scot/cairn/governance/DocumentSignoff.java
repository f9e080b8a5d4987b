package scot.cairn.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.JointApproval;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.partnership.Role;
import scot.cairn.partnership.Standing;
import scot.cairn.platform.ForbiddenException;

/**
 * Who may sign a document and when a version counts as signed off. The MoU needs a signature from the current Senior
 * Sponsor of every core partner; the PID needs the {@link JointApproval} of the board. Once a version is signed off it
 * stays signed off, whoever leaves a seat or role afterwards: the record says who signed, when, and for whom.
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
        if (v.signedOffAt() != null) {
            return new Status(
                    true,
                    v.kind() == DocumentKind.MOU
                            ? "Signed by the Senior Sponsor of every core partner: " + signedFor(p, v) + "."
                            : "Approved by the Governance Group: "
                                    + approvals(v.signatures().size()) + ", public and third sector.");
        }
        return v.kind() == DocumentKind.MOU ? mou(p, v) : pid(v);
    }

    /**
     * The organisation the user signs for: the core partner they are Senior Sponsor of (MoU), or the organisation they
     * represent on the board, null for a service user (PID).
     *
     * @throws ForbiddenException when the user may not sign this kind of document
     */
    Long signingFor(Access access, DocumentKind kind) {
        if (kind == DocumentKind.PID) {
            return PartnershipScope.requireBoardApproval(access).seat().organisationId();
        }
        PartnershipScope.requireEdit(access, Editors.SPONSORS);
        var core = core(access.partnership());
        return seats.sponsoredOrganisations(access.id(), access.user().personId()).stream()
                .filter(core::containsKey)
                .findFirst()
                .orElseThrow(() -> new ForbiddenException(Editors.SPONSORS.refusal()));
    }

    boolean maySign(Access access, DocumentKind kind) {
        try {
            signingFor(access, kind);
            return true;
        } catch (RuntimeException refused) {
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

    private static Status pid(DocumentVersion v) {
        var rule =
                JointApproval.of(v.signatures().stream().map(Signature::sector).toList());
        String given = approvals(v.signatures().size());
        return rule.met()
                ? new Status(true, "Approved by the Governance Group: " + given + ", public and third sector.")
                : new Status(false, "Approved by " + given + ". " + rule.stillNeeded());
    }

    /** The organisations the signatures were given for, in the partnership's order of partners. */
    private static String signedFor(PartnershipView p, DocumentVersion v) {
        var signed = v.signatures().stream().map(Signature::organisationId).toList();
        return String.join(
                ", ",
                p.partners().stream()
                        .filter(x -> signed.contains(x.organisationId()))
                        .map(PartnershipView.PartnerView::name)
                        .toList());
    }

    private static String approvals(int count) {
        return count == 1 ? "1 board member" : count + " board members";
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
