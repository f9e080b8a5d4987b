package scot.cairn.tendering;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.Changes;

/**
 * Records an attempt to read a tender's bids before they are opened, in a transaction of its own so that the record
 * stays although the read is refused.
 */
@Component
class SealedReads {

    private final TenderingSupport support;

    SealedReads(TenderingSupport support) {
        this.support = support;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void refused(Tender t, String route, CurrentUser user) {
        support.audit()
                .record(
                        TenderService.SUBJECT,
                        t.id(),
                        t.partnershipId(),
                        "tendering.audit.sealedReadRefused",
                        Changes.create()
                                .note("T-" + t.number())
                                .field("tendering.audit.route", null, route)
                                .field(
                                        "tendering.audit.administrator",
                                        null,
                                        user.administrator() ? "platform.yes" : "platform.no"));
    }
}
