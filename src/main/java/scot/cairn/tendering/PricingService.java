package scot.cairn.tendering;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;

/**
 * The pricing model of the tendered contract and its rate card: set by the Procurement Representative or a manager
 * ({@link Editors#PROCUREMENT}) with the version they read, read by every member, carried into the specification's
 * pricing section. Every change is in the audit trail.
 */
@Service
public class PricingService {

    static final String SUBJECT = "tendering-pricing";

    private final PricingRepository pricings;
    private final PartnershipScope scope;
    private final TenderingSupport support;

    PricingService(PricingRepository pricings, PartnershipScope scope, TenderingSupport support) {
        this.pricings = pricings;
        this.scope = scope;
        this.support = support;
    }

    @Transactional(readOnly = true)
    public PricingView pricing(long id, CurrentUser user) {
        return view(
                scope.requireRead(id, user), pricings.findByPartnershipId(id).orElse(null));
    }

    /** The page for setting the pricing model: for those who may. */
    @Transactional(readOnly = true)
    public PricingView editing(long id, CurrentUser user) {
        return view(
                scope.requireEdit(id, user, Editors.PROCUREMENT),
                pricings.findByPartnershipId(id).orElse(null));
    }

    /** Sets or replaces the pricing model, as read at {@code seenVersion} (null the first time). */
    @Transactional
    public PricingView set(long id, Integer seenVersion, PricingDetails d, CurrentUser user) {
        var access = scope.requireEdit(id, user, Editors.PROCUREMENT);
        var now = support.clock().instant();
        var existing = pricings.findByPartnershipId(id);
        Pricing saved;
        PricingDetails before = null;
        if (existing.isPresent()) {
            var p = existing.get();
            ConcurrentChangeException.check("pricing model", seenVersion, p.version());
            before = p.details();
            if (Pricing.set(id, d, now).details().equals(before)) {
                return view(access, p);
            }
            p.change(d, now);
            saved = pricings.save(p);
        } else {
            saved = pricings.save(Pricing.set(id, d, now));
        }
        var after = saved.details();
        support.audit()
                .record(
                        SUBJECT,
                        saved.id(),
                        id,
                        before == null ? "tendering.audit.pricingSet" : "tendering.audit.pricingChanged",
                        Changes.create()
                                .field(
                                        "tendering.pricing.model",
                                        before == null ? null : before.model().labelKey(),
                                        after.model().labelKey())
                                .field("tendering.pricing.basis", before == null ? null : before.basis(), after.basis())
                                .field("tendering.pricing.rates", before == null ? null : card(before), card(after)));
        return view(access, saved);
    }

    /** The rate card in a line, as the audit trail shows a change of it: "Placement (week) 520.00; ...". */
    private static String card(PricingDetails d) {
        return String.join(
                "; ",
                d.rates().stream()
                        .map(r -> r.item() + " (" + r.unit() + ") " + r.price().toPlainString())
                        .toList());
    }

    private static PricingView view(Access access, Pricing p) {
        return new PricingView(
                p == null ? null : p.details(),
                p == null ? null : p.version(),
                p == null ? null : p.updatedAt().atZone(DeclarationService.SCOTLAND),
                access.open() && access.mayEdit(Editors.PROCUREMENT));
    }
}
