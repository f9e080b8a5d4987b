package scot.cairn.meeting;

import org.springframework.data.relational.core.mapping.Table;

/**
 * Someone invited to a meeting: a member of the group ({@code personId}), or a guest known by name (an email and the
 * capacity they come in, such as "union representative", are optional) who needs no account; a guest whose email is a
 * person's in the directory carries that person's id too.
 */
@Table("meeting_invitee")
record Invitee(
        Long personId, String guestName, String guestEmail, String capacity, boolean apologies, boolean attended) {

    static Invitee member(long personId) {
        return new Invitee(personId, null, null, null, false, false);
    }

    /** A guest; {@code personId} is theirs when they are in the directory (and may sign in), else null. */
    static Invitee guest(Long personId, String name, String email, String capacity) {
        return new Invitee(personId, name, email, capacity, false, false);
    }

    /** Invited by name rather than as a member of the group. */
    boolean guest() {
        return guestName != null;
    }

    Invitee withApologies(boolean sent) {
        return new Invitee(personId, guestName, guestEmail, capacity, sent, sent ? false : attended);
    }

    Invitee withAttended(boolean there) {
        return new Invitee(personId, guestName, guestEmail, capacity, there ? false : apologies, there);
    }
}
