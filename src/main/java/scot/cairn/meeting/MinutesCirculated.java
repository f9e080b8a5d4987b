package scot.cairn.meeting;

import java.time.Instant;
import java.util.List;

/** A meeting's draft minutes were circulated to its invitees who are in the directory, the sender left out. */
public record MinutesCirculated(
        long partnershipId,
        long meetingId,
        String reference,
        long byPersonId,
        List<Long> inviteeIds,
        List<Long> guestIds,
        Instant at) {

    public MinutesCirculated {
        inviteeIds = List.copyOf(inviteeIds);
        guestIds = List.copyOf(guestIds);
    }
}
