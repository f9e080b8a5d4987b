package scot.cairn.engagement;

import java.time.LocalDate;

/**
 * An enquiry entered by the team from an email, a call, a letter or a meeting.
 *
 * @param organisationId the provider the person asked for, when they asked for one (the parity ledger records it)
 */
public record EnquiryDetails(
        String askedBy,
        String email,
        Long organisationId,
        String question,
        EnquiryChannel channel,
        LocalDate receivedOn) {}
