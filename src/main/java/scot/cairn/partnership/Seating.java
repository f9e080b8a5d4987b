package scot.cairn.partnership;

import java.util.Set;

/**
 * Where a person sits in a partnership's governance: their seat on the board, if any, and the roles they hold. The
 * governance module owns seats and roles and answers this question; the partnership's access model ({@link
 * PartnershipScope}) asks it and decides. No other module asks it directly.
 */
public interface Seating {

    /** What the person holds in the partnership; never null. */
    Seat seatOf(long partnershipId, long personId);

    /**
     * What the person holds in every partnership where they hold something, by partnership id, read at once (never
     * one query per partnership); partnerships where they hold nothing are left out. Never null.
     */
    java.util.Map<Long, Seat> seatsOf(long personId);

    /** A board seat ({@code null} when the person is not on the board) and the roles held (maybe none). */
    record Seat(BoardSeat board, Set<Role> roles) {

        public static final Seat NONE = new Seat(null, Set.of());

        public Seat {
            roles = Set.copyOf(roles);
        }
    }
}
