package scot.cairn.meeting;

import org.springframework.data.relational.core.mapping.Table;

/**
 * Someone invited to a meeting: a person in the directory ({@code personId}), or a guest known by name (an email and
 * the capacity they come in, such as "union representative", are optional) who needs no account.
 */
@Table("meeting_invitee")
record Invitee(
        Long personId, String guestName, String guestEmail, String capacity, boolean apologies, boolean attended) {

    static Invitee member(long personId) {
        return new Invitee(personId, null, null, null, false, false);
    }

    static Invitee guest(String name, String email, String capacity) {
        return new Invitee(null, name, email, capacity, false, false);
    }

    boolean guest() {
        return personId == null;
    }

    Invitee withApologies(boolean sent) {
        return new Invitee(personId, guestName, guestEmail, capacity, sent, sent ? false : attended);
    }

    Invitee withAttended(boolean there) {
        return new Invitee(personId, guestName, guestEmail, capacity, there ? false : apologies, there);
    }
}
