package scot.cairn.partnership;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.CurrentUser;
import scot.cairn.platform.ForbiddenException;
import scot.cairn.platform.InvalidInputException;
import scot.cairn.platform.NotFoundException;

/**
 * The one place that decides who may read, edit and approve anything in a partnership. Members read it and
 * administrators read every one; to anyone else it does not exist (404, so its existence does not leak). Who edits each
 * part is a named set of {@link Editors}. Only people who take part and sit on the Governance Group / Project Board
 * approve its business, and the sign-offs that need both sectors use {@link JointApproval}. A closed partnership is a
 * record: every change is refused with "This partnership is closed". Seats and roles come from the governance module
 * through {@link Seating}.
 */
@Service
@Transactional(readOnly = true)
public class PartnershipScope {

    /** The bundle key of the refusal to an observer: they read the board's business but do not approve it. */
    public static final String OBSERVERS_READ = "partnership.access.observersRead";

    /** The bundle key of the refusal to someone not on the Governance Group / Project Board. */
    public static final String BOARD_ONLY = "partnership.access.boardOnly";

    private final PartnershipRepository partnerships;
    private final PartnershipViews views;
    private final PartnershipService.Support support;
    private final List<Seating> seating;

    PartnershipScope(
            PartnershipRepository partnerships,
            PartnershipViews views,
            PartnershipService.Support support,
            List<Seating> seating) {
        this.partnerships = partnerships;
        this.views = views;
        this.support = support;
        this.seating = seating;
    }

    /**
     * What the user may do in the partnership.
     *
     * @throws NotFoundException when it does not exist or the user may not see it
     */
    public Access requireRead(long id, CurrentUser user) {
        return access(visible(id, user), user);
    }

    /**
     * What a user may do in the partnership when they ask about one thing in it that names them as a guest (a meeting
     * they are invited to without being a member). Members and administrators get their own access; a guest gets an
     * access that takes no part (no role, no seat, no editing), for reading that one thing; anyone else is refused as
     * for {@link #requireRead}.
     *
     * @param invited whether the thing asked about names the user as a guest
     * @throws NotFoundException when it does not exist, or the user is neither a reader nor invited
     */
    public Access requireReadOrGuest(long id, CurrentUser user, boolean invited) {
        var p = partnerships.findById(id).orElseThrow(() -> new NotFoundException("Partnership"));
        if (user != null && (user.administrator() || p.role(user.personId()).isPresent())) {
            return access(p, user);
        }
        if (user == null || !invited) {
            throw new NotFoundException("Partnership");
        }
        return new Access(views.view(p, user, support.today()), user, null, java.util.Set.of());
    }

    /** Whether the user is a member of the partnership or an administrator: a reader, not a guest. */
    public boolean reads(long id, CurrentUser user) {
        return user != null
                && (user.administrator()
                        || partnerships
                                .findById(id)
                                .map(p -> p.role(user.personId()).isPresent())
                                .orElse(false));
    }

    /**
     * @throws ForbiddenException when the user is not among the editors
     * @throws InvalidInputException when the partnership is closed
     */
    public Access requireEdit(long id, CurrentUser user, Editors editors) {
        return requireEdit(requireRead(id, user), editors);
    }

    /** As {@link #requireEdit(long, CurrentUser, Editors)}, for access already read. */
    public static Access requireEdit(Access access, Editors editors) {
        if (!editors.admits(access)) {
            throw new ForbiddenException(editors.refusal());
        }
        return requireOpen(access);
    }

    /**
     * For approving the board's business: the user takes part in the partnership and has a seat on its board.
     *
     * @throws ForbiddenException for observers and for people not on the board
     * @throws InvalidInputException when the partnership is closed
     */
    public Access requireBoardApproval(long id, CurrentUser user) {
        return requireBoardApproval(requireRead(id, user));
    }

    /** As {@link #requireBoardApproval(long, CurrentUser)}, for access already read. */
    public static Access requireBoardApproval(Access access) {
        if (access.partnership().viewerRole() == MemberRole.OBSERVER) {
            throw new ForbiddenException(OBSERVERS_READ);
        }
        if (!access.onBoard()) {
            throw new ForbiddenException(BOARD_ONLY);
        }
        return requireOpen(access);
    }

    /**
     * For a change form about to be shown (or shown again after bad input): the viewer must manage the partnership,
     * and it must be open. The services check again on save.
     *
     * @throws ForbiddenException for anyone who does not manage it
     * @throws InvalidInputException when it is closed
     */
    public static PartnershipView requireManager(PartnershipView partnership) {
        if (!partnership.viewerManages()) {
            throw new ForbiddenException(Editors.MANAGERS.refusal());
        }
        return partnership.requireOpen();
    }

    /** @throws InvalidInputException "This partnership is closed" when it is */
    public static Access requireOpen(Access access) {
        access.partnership().requireOpen();
        return access;
    }

    /**
     * What the user may do in the partnership, or nothing when they may not see it (or it does not exist): for
     * deciding whom to tell about what happened there, where a refusal is not an error.
     */
    public java.util.Optional<Access> accessFor(long id, CurrentUser user) {
        try {
            return java.util.Optional.of(requireRead(id, user));
        } catch (NotFoundException notVisible) {
            return java.util.Optional.empty();
        }
    }

    /** The people who are members of the partnership now (none when it does not exist), for telling them news. */
    public List<Long> memberIds(long id) {
        return support.jdbc()
                .sql("select person_id from partnership_member where partnership_id = ? order by person_id")
                .param(id)
                .query(Long.class)
                .list();
    }

    /** Every partnership the user may read, by title: their own, or every one for an administrator. */
    public List<PartnershipSummary> readable(CurrentUser user) {
        return user.administrator()
                ? PartnershipQueries.all(support.jdbc(), user.personId())
                : PartnershipQueries.forMember(support.jdbc(), user.personId());
    }

    /**
     * What the user may do in every open partnership they take part in, read at once for their to-do list: a
     * handful of queries however many partnerships there are.
     */
    public Desk desk(CurrentUser user) {
        var seats = seating.isEmpty()
                ? java.util.Map.<Long, Seating.Seat>of()
                : seating.get(0).seatsOf(user.personId());
        return Desk.of(
                user.personId(),
                support.today(),
                DeskQueries.places(support.jdbc(), user.personId(), user.administrator(), seats));
    }

    /**
     * The desk of one partnership, as the user may act in it, for its overview; empty when it is closed.
     *
     * @throws NotFoundException when it does not exist or the user may not see it
     */
    public Desk desk(long id, CurrentUser user) {
        var access = requireRead(id, user);
        var places = access.open() ? List.of(Desk.Place.of(access)) : List.<Desk.Place>of();
        return Desk.of(user.personId(), support.today(), places);
    }

    Partnership visible(long id, CurrentUser user) {
        var p = partnerships.findById(id).orElseThrow(() -> new NotFoundException("Partnership"));
        if (user == null || (!user.administrator() && p.role(user.personId()).isEmpty())) {
            throw new NotFoundException("Partnership");
        }
        return p;
    }

    /** The aggregate, for the partnership module's own changes; managers and administrators only. */
    Partnership managed(long id, CurrentUser user) {
        var p = visible(id, user);
        requireEdit(access(p, user), Editors.MANAGERS);
        return p;
    }

    Access access(Partnership p, CurrentUser user) {
        var seat = seating.isEmpty() || p.role(user.personId()).isEmpty()
                ? Seating.Seat.NONE
                : seating.get(0).seatOf(p.id(), user.personId());
        return new Access(views.view(p, user, support.today()), user, seat.board(), seat.roles());
    }

    static boolean manages(Partnership p, CurrentUser user) {
        return user.administrator()
                || p.role(user.personId()).filter(r -> r == MemberRole.MANAGER).isPresent();
    }
}
