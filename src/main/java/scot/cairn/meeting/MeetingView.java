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
        Integer yourPosition,
        java.time.LocalDate papersDueBy,
        ZonedDateTime packIssuedAt,
        ZonedDateTime minutesCirculatedAt,
        ZonedDateTime minutesApprovedAt,
        Long minutesApprovedIn,
        String minutesApprovedInTitle,
        boolean guestView) {

    /** Whether the minutes are approved, and so locked with the attendance and agenda. */
    public boolean locked() {
        return minutesApprovedAt != null;
    }

    /** Every paper of the agenda, item by item. */
    public List<PaperView> papers() {
        return agenda.stream().flatMap(i -> i.papers().stream()).toList();
    }

    /**
     * An invitee: a member of the group ({@code personId}; {@code name} null for someone no longer in the partnership)
     * or a guest ({@code guest}, known by name, with {@code personId} when they are in the directory). A guest's email
     * is shown only to those who arrange meetings.
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
            boolean attended,
            boolean guest) {}

    /**
     * An agenda item; {@code standing} is true for the actions from the last meeting, which always comes first.
     * {@code itemKey} is the item's number within the meeting, which stays when it moves; {@code discussion} is what
     * the minutes say (null until minuted); {@code decisions} are the decisions minuted under it (empty for a guest);
     * {@code link} is the record it is about (null when none, or for a guest).
     */
    public record ItemView(
            int position,
            int itemKey,
            String title,
            String presenter,
            Integer minutes,
            boolean standing,
            String discussion,
            List<PaperView> papers,
            List<DecisionMinuted> decisions,
            scot.cairn.partnership.Records.Ref link) {}

    /** A paper under an item: its file, whether it came after the group's deadline, when it was added. */
    public record PaperView(
            long id,
            int itemKey,
            String title,
            String fileName,
            String type,
            long size,
            boolean late,
            ZonedDateTime addedAt,
            String sha256) {

        /** "1.2 MB" or "340 KB". */
        public String sizeInWords() {
            return size >= 1024 * 1024
                    ? String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0))
                    : Math.max(1, (size + 1023) / 1024) + " KB";
        }
    }

    /** A decision in the minutes: its log entry as it is now, and whether the meeting proposed it. */
    public record DecisionMinuted(
            long id, String reference, String title, String status, boolean proposed, int itemKey) {}

    /** The agenda's minutes allotted, added up. */
    public int minutesAllotted() {
        return agenda.stream()
                .mapToInt(i -> i.minutes() == null ? 0 : i.minutes())
                .sum();
    }
}
