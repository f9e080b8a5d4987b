package scot.cairn.tendering;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.Editors;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.platform.Changes;
import scot.cairn.platform.ConcurrentChangeException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.Limit;
import scot.cairn.platform.NotFoundException;

/**
 * A tender's lots (lot 1, lot 2...): added and removed by those who write tenders while the tender is a draft, at most
 * {@link #LOTS}, together worth no more than the tender. A tender without lots is bid for as a whole.
 */
@Service
public class LotService {

    static final String SUBJECT = "tendering-lot";
    static final Limit LOTS = new Limit(10, "tendering.limit.lots");

    private final LotRepository lots;
    private final TenderRepository tenders;
    private final PartnershipScope scope;
    private final TenderingSupport support;

    LotService(LotRepository lots, TenderRepository tenders, PartnershipScope scope, TenderingSupport support) {
        this.lots = lots;
        this.tenders = tenders;
        this.scope = scope;
        this.support = support;
    }

    /** Adds a lot, numbered next in its tender. */
    @Transactional
    public TenderView.LotView add(long id, long tenderId, LotDetails d, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PROCUREMENT);
        support.lockTender(tenderId);
        var t = tender(id, tenderId);
        t.refuseUnlessDraft();
        Lot.check(d);
        if (t.details().estimatedValue() == null) {
            throw InvalidInputException.of("estimatedValue", "tendering.publish.valueMissing");
        }
        var all = lots.findByTenderIdOrderByNumber(tenderId);
        LOTS.check("", all.size() + 1);
        var total = sum(all).add(d.estimatedValue());
        if (total.compareTo(t.details().estimatedValue()) > 0) {
            throw InvalidInputException.of(
                    "estimatedValue",
                    "tendering.lot.overValue",
                    Tender.pounds(total),
                    Tender.pounds(t.details().estimatedValue()));
        }
        var saved = lots.save(Lot.add(tenderId, support.sequences().next(SUBJECT, tenderId), d));
        support.audit()
                .record(
                        TenderService.SUBJECT,
                        t.id(),
                        id,
                        "tendering.audit.lotAdded",
                        Changes.create()
                                .note("T-" + t.number() + " / " + saved.number())
                                .field(
                                        "tendering.lot.title",
                                        null,
                                        saved.details().title())
                                .field(
                                        "tendering.lot.description",
                                        null,
                                        saved.details().description())
                                .field(
                                        "tendering.tender.estimatedValue",
                                        null,
                                        saved.details().estimatedValue().toPlainString()));
        return view(saved);
    }

    /** Removes a lot, as read at {@code seenVersion}. */
    @Transactional
    public void remove(long id, long tenderId, long lotId, Integer seenVersion, CurrentUser user) {
        scope.requireEdit(id, user, Editors.PROCUREMENT);
        support.lockTender(tenderId);
        var t = tender(id, tenderId);
        t.refuseUnlessDraft();
        var lot = lots.findByIdAndTenderId(lotId, tenderId).orElseThrow(() -> new NotFoundException("Lot"));
        ConcurrentChangeException.check("lot", seenVersion, lot.version());
        lots.delete(lot);
        support.audit()
                .record(
                        TenderService.SUBJECT,
                        t.id(),
                        id,
                        "tendering.audit.lotRemoved",
                        Changes.create()
                                .note("T-" + t.number() + " / " + lot.number())
                                .field("tendering.lot.title", lot.details().title(), null));
    }

    static BigDecimal sum(List<Lot> all) {
        return all.stream().map(l -> l.details().estimatedValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static TenderView.LotView view(Lot lot) {
        return new TenderView.LotView(lot.id(), lot.version(), lot.number(), lot.details());
    }

    private Tender tender(long id, long tenderId) {
        return tenders.findByIdAndPartnershipId(tenderId, id).orElseThrow(() -> new NotFoundException("Tender"));
    }
}
