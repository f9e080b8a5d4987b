package scot.cairn.governance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.JointApproval;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.partnership.Role;
import scot.cairn.partnership.Standing;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.Message;

/**
 * Who may sign a document and when a version counts as signed off. The MoU needs a signature from the current Senior
 * Sponsor of every core partner; the PID and the specification need the {@link JointApproval} of the board. Once a version is signed off it
 * stays signed off, whoever leaves a seat or role afterwards: the record says who signed, when, and for whom.
 */
@Component
class DocumentSignoff {

    /** Whether a version is signed off, and what it has or still needs, in a sentence. */
    record Status(boolean met, Message summary) {}

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
                            ? Message.of("governance.signoff.mouSigned", signedFor(p, v))
                            : Message.of(
                                    "governance.signoff.pidApproved",
                                    v.signatures().size()));
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
        if (kind.approvedByBoard()) {
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
            return new Status(false, Message.of("governance.signoff.noCore"));
        }
        var missing = new ArrayList<Object>();
        core.forEach((org, name) -> {
            boolean signed = v.signatures().stream()
                    .anyMatch(s -> org.equals(s.organisationId())
                            && seats.sponsoredOrganisations(p.id(), s.personId())
                                    .contains(org));
            if (!signed) {
                boolean hasSponsor = roles.findByPartnershipId(p.id()).stream()
                        .anyMatch(a -> a.role() == Role.SENIOR_SPONSOR && org.equals(a.organisationId()));
                missing.add(hasSponsor ? name : Message.of("governance.signoff.noSponsorYet", name));
            }
        });
        return missing.isEmpty()
                ? new Status(true, Message.of("governance.signoff.mouSigned", String.join(", ", core.values())))
                : new Status(false, Message.of("governance.signoff.mouNeeds", list(missing)));
    }

    private static Status pid(DocumentVersion v) {
        var rule =
                JointApproval.of(v.signatures().stream().map(Signature::sector).toList());
        int given = v.signatures().size();
        return rule.met()
                ? new Status(true, Message.of("governance.signoff.pidApproved", given))
                : new Status(false, Message.of("governance.signoff.pidNeeds", given, rule.needed()));
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

    /** The items separated by commas, each in the reader's language. */
    private static Object list(List<Object> items) {
        Object all = items.get(0);
        for (int i = 1; i < items.size(); i++) {
            all = Message.of("governance.list.comma", all, items.get(i));
        }
        return all;
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
