package scot.cairn.tendering;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A tender as its page and the API show it.
 *
 * @param reference T-1, T-2...
 * @param specVersion the version of the approved specification it is drawn from
 * @param standstillEnd the last day of the standstill after the intended award
 * @param lots its lots, in order; none when it is bid for as a whole
 * @param decisionId the board's decision on publishing it, or null before it is proposed
 * @param decisionReference that decision's reference (D-7), or null
 * @param publishedAt when the board's approval published it, or null
 * @param mayEdit whether the reader may change it (it is a draft and they write tenders)
 * @param mayPropose whether the reader may ask the board to publish it or withdraw the request
 * @param writes whether the reader writes tenders (and answers clarification questions), whatever its status
 */
public record TenderView(
        long id,
        int version,
        String reference,
        int specVersion,
        TenderStatus status,
        TenderDetails tender,
        LocalDate standstillEnd,
        List<LotView> lots,
        Long decisionId,
        String decisionReference,
        ZonedDateTime publishedAt,
        ZonedDateTime updatedAt,
        boolean mayEdit,
        boolean mayPropose,
        boolean writes) {

    /** A lot: lot 1, lot 2... */
    public record LotView(long id, int version, int number, LotDetails lot) {}
}
