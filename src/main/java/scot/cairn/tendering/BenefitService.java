package scot.cairn.tendering;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.Limit;
import scot.cairn.platform.NotFoundException;

/**
 * The register of community benefit requirements: kept by the Procurement Representative or a manager ({@link
 * Editors#PROCUREMENT}), read by every member. Section 25 requires them when the expected procurement is worth £4
 * million or more; the register says so and flags a register that is still empty.
 */
@Service
public class BenefitService {

    static final String SUBJECT = "tendering-benefit";
    static final Limit BENEFITS = new Limit(50, "tendering.limit.benefits");

    private final BenefitRepository benefits;
    private final ProcurementRepository procurements;
    private final PartnershipScope scope;
    private final TenderingSupport support;

    BenefitService(
            BenefitRepository benefits,
            ProcurementRepository procurements,
            PartnershipScope scope,
            TenderingSupport support) {
        this.benefits = benefits;
        this.procurements = procurements;
        this.scope = scope;
        this.support = support;
    }

    @Transactional(readOnly = true)
    public BenefitsView register(long id, CurrentUser user) {
        return view(scope.requireRead(id, user));
    }

    /** Adds a requirement, numbered CB-1, CB-2...; refused past {@link #BENEFITS}. */
    @Transactional
    public BenefitsView.BenefitView add(long id, BenefitDetails d, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PROCUREMENT);
        var made = CommunityBenefit.add(id, 0, d);
        BENEFITS.check("", (int) benefits.countByPartnershipId(id) + 1);
        var saved = benefits.save(
                CommunityBenefit.add(id, support.sequences().next("tendering-benefit", id), made.details()));
        record(
                saved,
                "tendering.audit.benefitAdded",
                Changes.create().note(saved.details().description()));
        return view(saved);
    }

    /** Changes a requirement, as read at {@code seenVersion}. */
    @Transactional
    public BenefitsView.BenefitView change(
            long id, long benefitId, Integer seenVersion, BenefitDetails d, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PROCUREMENT);
        var b = find(id, benefitId);
        ConcurrentChangeException.check("community benefit", seenVersion, b.version());
        var before = b.details();
        b.change(d);
        var saved = benefits.save(b);
        var after = saved.details();
        record(
                saved,
                "tendering.audit.benefitChanged",
                Changes.create()
                        .field("tendering.benefit.description", before.description(), after.description())
                        .field("tendering.benefit.measure", before.measure(), after.measure())
                        .field("tendering.benefit.target", before.target(), after.target()));
        return view(saved);
    }

    /** Removes a requirement, as read at {@code seenVersion}. */
    @Transactional
    public void remove(long id, long benefitId, Integer seenVersion, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PROCUREMENT);
        var b = find(id, benefitId);
        ConcurrentChangeException.check("community benefit", seenVersion, b.version());
        benefits.delete(b);
        record(
                b,
                "tendering.audit.benefitRemoved",
                Changes.create().note(b.details().description()));
    }

    /** One requirement, for its change page: for those who may change it. */
    @Transactional(readOnly = true)
    public BenefitsView.BenefitView benefit(long id, long benefitId, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PROCUREMENT);
        return view(find(id, benefitId));
    }

    private CommunityBenefit find(long id, long benefitId) {
        return benefits.findByIdAndPartnershipId(benefitId, id)
                .orElseThrow(() -> new NotFoundException("Community benefit"));
    }

    private BenefitsView view(Access access) {
        var all = benefits.findByPartnershipIdOrderByNumber(access.id()).stream()
                .map(BenefitService::view)
                .toList();
        var procurement = procurements.findByPartnershipId(access.id()).map(Procurement::details);
        var value = procurement.map(ProcurementDetails::estimatedValue).orElse(null);
        var currency = procurement.map(ProcurementDetails::currency).orElse(null);
        boolean required = CommunityBenefit.requiredFor(value, currency);
        return new BenefitsView(
                all, value, currency, required, required && all.isEmpty(), access.mayEdit(Editors.PROCUREMENT));
    }

    private static BenefitsView.BenefitView view(CommunityBenefit b) {
        var d = b.details();
        return new BenefitsView.BenefitView(
                b.id(),
                b.version(),
                "CB-" + b.number(),
                d.category(),
                d.description(),
                d.measure(),
                d.target(),
                d.mandatory());
    }

    private void record(CommunityBenefit b, String action, Changes changes) {
        support.audit().record(SUBJECT, b.id(), b.partnershipId(), action, changes.note("CB-" + b.number()));
    }
}
