package scot.cairn.tendering;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.directory.Sector;
import scot.cairn.engagement.ParityService;
import scot.cairn.engagement.ParityView;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.PartnershipView;
import scot.cairn.partnership.Standing;
import scot.cairn.platform.ForbiddenException;

/**
 * The prior-involvement report: the organisations outside the public sector that helped design the service (core and
 * consulted partners, and any a declaration names), each with the declarations that name it, what the parity ledger
 * says reached it, and what reached it alone. It shows declarations, so it is read by those who read them: the
 * Procurement Representative, managers and the board.
 */
@Service
public class PriorInvolvementService {

    private final PartnershipScope scope;
    private final DeclarationService declarations;
    private final ParityService parity;

    PriorInvolvementService(PartnershipScope scope, DeclarationService declarations, ParityService parity) {
        this.scope = scope;
        this.declarations = declarations;
        this.parity = parity;
    }

    @Transactional(readOnly = true)
    public PriorInvolvementView report(long id, CurrentUser user) {
        var access = scope.requireRead(id, user);
        var declared = declarations.declarations(id, user);
        if (!declared.mayReadAll()) {
            throw new ForbiddenException("tendering.prior.readers");
        }
        var ledger = parity.ledger(id, user);
        var partners = new LinkedHashMap<Long, PartnershipView.PartnerView>();
        access.partnership().partners().forEach(p -> partners.put(p.organisationId(), p));
        var names = new LinkedHashMap<Long, String>();
        partners.values().stream()
                .filter(p -> p.sector() != Sector.PUBLIC && p.standing() != Standing.INFORMED)
                .forEach(p -> names.put(p.organisationId(), p.name()));
        declared.all().stream()
                .flatMap(d -> d.interests().stream())
                .filter(i -> i.organisationId() != null)
                .filter(i -> i.kind() == InterestKind.EMPLOYER || i.kind() == InterestKind.ORGANISATION)
                .filter(i -> !partners.containsKey(i.organisationId())
                        || partners.get(i.organisationId()).sector() != Sector.PUBLIC)
                .forEach(i -> names.putIfAbsent(i.organisationId(), i.organisation()));
        var found = new ArrayList<PriorInvolvementView.Organisation>();
        names.forEach((orgId, name) -> found.add(organisation(orgId, name, partners.get(orgId), declared, ledger)));
        found.sort(Comparator.comparing(PriorInvolvementView.Organisation::name));
        return new PriorInvolvementView(found, (int) found.stream()
                .filter(PriorInvolvementView.Organisation::unresolved)
                .count());
    }

    private static PriorInvolvementView.Organisation organisation(
            long id, String name, PartnershipView.PartnerView partner, DeclarationsView declared, ParityView ledger) {
        var people = declared.all().stream()
                .filter(d ->
                        d.interests().stream().anyMatch(i -> Long.valueOf(id).equals(i.organisationId())))
                .toList();
        var knew = ledger.entries().stream()
                .filter(e -> e.receivedBy().contains(name))
                .map(PriorInvolvementService::knowledge)
                .toList();
        List<PriorInvolvementView.Knowledge> ahead = knew.stream()
                .filter(k -> !k.published() && !k.missing().isEmpty())
                .toList();
        boolean unresolved = people.stream().anyMatch(d -> d.status() == DeclarationStatus.WAITING)
                || ahead.stream().anyMatch(k -> k.outcome() == null);
        return new PriorInvolvementView.Organisation(
                id, name, partner == null ? null : partner.standing(), people, knew, ahead, unresolved);
    }

    private static PriorInvolvementView.Knowledge knowledge(ParityView.Entry e) {
        return new PriorInvolvementView.Knowledge(
                e.subject(), e.sharedOn(), e.published(), e.missing(), e.outcome(), e.outcomeNote());
    }
}
