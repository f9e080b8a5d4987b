package scot.cairn.meeting;

import java.time.Instant;
import java.util.List;

/**
 * A meeting's pack (its agenda and papers) was issued to the invitees who are in the directory ({@code inviteeIds},
 * the issuer left out; {@code guestIds} are those invited as guests rather than as members). {@code calendar} is the meeting as an iCalendar invitation, to go with the email.
 */
public record PackIssued(
        long partnershipId,
        long meetingId,
        String reference,
        String title,
        long byPersonId,
        List<Long> inviteeIds,
        List<Long> guestIds,
        Instant at,
        String calendar) {

    public PackIssued {
        inviteeIds = List.copyOf(inviteeIds);
        guestIds = List.copyOf(guestIds);
    }
}
