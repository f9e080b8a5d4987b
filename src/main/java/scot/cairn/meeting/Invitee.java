package scot.cairn.meeting;

import org.springframework.data.relational.core.mapping.Table;

/**
 * Someone invited to a meeting: a member of the group ({@code personId}), or a guest known by name (an email and the
 * capacity they come in, such as "union representative", are optional) who needs no account; a guest whose email is a
 * person's in the directory carries that person's id too. The {@code kept...} fields hold who they were (name,
 * organisation, sector, service-user seat) when the meeting's minutes were approved; null before.
 */
@Table("meeting_invitee")
record Invitee(
        Long personId,
        String guestName,
        String guestEmail,
        String capacity,
        boolean apologies,
        boolean attended,
        String keptName,
        String keptOrganisation,
        String keptSector,
        Boolean keptServiceUser) {

    /** Someone invited as a member of the group (or of the partnership), in the capacity given, if any. */
    static Invitee member(long personId, String capacity) {
        return new Invitee(personId, null, null, capacity, false, false, null, null, null, null);
    }

    static Invitee member(long personId) {
        return member(personId, null);
    }

    /** This invitee with who they were kept as the minutes are approved. */
    Invitee kept(String name, String organisation, String sector, boolean serviceUser) {
        return new Invitee(
                personId,
                guestName,
                guestEmail,
                capacity,
                apologies,
                attended,
                name,
                organisation,
                sector,
                serviceUser);
    }

    /** A guest; {@code personId} is theirs when they are in the directory (and may sign in), else null. */
    static Invitee guest(Long personId, String name, String email, String capacity) {
        return new Invitee(personId, name, email, capacity, false, false, null, null, null, null);
    }

    /** Invited by name rather than as a member of the group. */
    boolean guest() {
        return guestName != null;
    }

    Invitee withApologies(boolean sent) {
        return new Invitee(
                personId,
                guestName,
                guestEmail,
                capacity,
                sent,
                sent ? false : attended,
                keptName,
                keptOrganisation,
                keptSector,
                keptServiceUser);
    }

    Invitee withAttended(boolean there) {
        return new Invitee(
                personId,
                guestName,
                guestEmail,
                capacity,
                there ? false : apologies,
                there,
                keptName,
                keptOrganisation,
                keptSector,
                keptServiceUser);
    }

    /** Whether who they were was kept when the minutes were approved. */
    boolean keptWhenApproved() {
        return keptServiceUser != null;
    }
}
