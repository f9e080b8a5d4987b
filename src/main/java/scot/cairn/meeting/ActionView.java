package scot.cairn.meeting;

import java.time.LocalDate;

/**
 * An action as its readers see it, with the meeting it came from. {@code ownerName} is null for someone no longer in
 * the partnership; {@code mayClose} is for the person asking.
 */
public record ActionView(
        long id,
        int version,
        String reference,
        String text,
        long ownerId,
        String ownerName,
        LocalDate due,
        LocalDate doneOn,
        boolean overdue,
        long meetingId,
        boolean mayClose,
        Integer itemKey) {}
