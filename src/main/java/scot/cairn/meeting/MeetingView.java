package scot.cairn.meeting;

import java.time.ZonedDateTime;
import java.util.List;
import scot.cairn.directory.Sector;
import scot.cairn.governance.GroupKind;

/**
 * A meeting as its readers see it, times in Scotland's. {@code quorumMissing} says in words what the quorum lacks
 * (empty when quorate; attendance counts once it is recorded). The {@code may...} flags are for the person asking;
 * {@code yourPosition} is their place among the invitees, or null when they are not invited.
 */
public record MeetingView(
        long id,
        int version,
        String reference,
        long groupId,
        GroupKind groupKind,
        Long seriesNumber,
        String title,
        ZonedDateTime startsAt,
        ZonedDateTime endsAt,
        String place,
        String onlineLink,
        boolean stepFree,
        boolean hearingLoop,
        String accessNotes,
        boolean cancelled,
        boolean past,
        boolean started,
        List<InviteeView> invitees,
        List<ItemView> agenda,
        boolean attendanceRecorded,
        boolean quorate,
        List<String> quorumMissing,
        boolean mayEdit,
        Integer yourPosition) {

    /**
     * An invitee: a person ({@code personId}; {@code name} null for someone no longer in the directory's view of the
     * partnership) or a guest ({@code personId} null).
     */
    public record InviteeView(
            int position,
            Long personId,
            String name,
            String organisationName,
            Sector sector,
            boolean serviceUser,
            String guestEmail,
            String capacity,
            boolean apologies,
            boolean attended) {

        public boolean guest() {
            return personId == null;
        }
    }

    /** An agenda item; {@code standing} is true for the actions from the last meeting, which always comes first. */
    public record ItemView(int position, String title, String presenter, Integer minutes, boolean standing) {}

    /** The agenda's minutes allotted, added up. */
    public int minutesAllotted() {
        return agenda.stream()
                .mapToInt(i -> i.minutes() == null ? 0 : i.minutes())
                .sum();
    }
}
