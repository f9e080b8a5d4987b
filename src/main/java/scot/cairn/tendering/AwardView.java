package scot.cairn.tendering;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * An award recommendation: the lot (0 for the whole tender), the bid recommended, its total, and the board's decision.
 *
 * @param standstillEnd the last day of the standstill, once approved; the contract may be concluded after it
 */
public record AwardView(
        long id,
        int version,
        int lot,
        long bidId,
        String bidder,
        BigDecimal total,
        AwardStatus status,
        long decisionId,
        String decisionReference,
        ZonedDateTime proposedAt,
        ZonedDateTime approvedAt,
        LocalDate standstillEnd) {}
