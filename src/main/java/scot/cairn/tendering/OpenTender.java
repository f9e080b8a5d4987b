package scot.cairn.tendering;

import java.time.LocalDate;

/** A published tender still taking bids, as the list of open tenders shows it to every provider. */
public record OpenTender(
        long partnershipId, long tenderId, String reference, String title, String partnershipTitle, LocalDate due) {}
