package scot.cairn.tendering;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * A tender as its page and the API show it.
 *
 * @param reference T-1, T-2...
 * @param specVersion the version of the approved specification it is drawn from
 * @param standstillEnd the last day of the standstill after the intended award
 * @param mayEdit whether the reader may change it
 */
public record TenderView(
        long id,
        int version,
        String reference,
        int specVersion,
        TenderDetails tender,
        LocalDate standstillEnd,
        ZonedDateTime updatedAt,
        boolean mayEdit) {}
