package scot.cairn.partnership;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import scot.cairn.directory.Sector;

/**
 * What one person may do in each open partnership they take part in, read in bulk by {@link PartnershipScope} for a
 * to-do list: the same answers as {@link Access}, without reading each partnership whole. Observers and closed
 * partnerships are not on a desk, as nothing there waits on anyone.
 *
 * @param personId whose desk it is
 * @param today the date that decides what is due and overdue
 * @param places each partnership by id, in no particular order
 */
public record Desk(long personId, LocalDate today, Map<Long, Place> places) {

    public Desk {
        places = Map.copyOf(places);
    }

    static Desk of(long personId, LocalDate today, Collection<Place> places) {
        var byId = new LinkedHashMap<Long, Place>();
        places.forEach(p -> byId.put(p.partnershipId(), p));
        return new Desk(personId, today, byId);
    }

    /** The ids of the desk's partnerships; empty when there are none. */
    public Set<Long> ids() {
        return places.keySet();
    }

    /**
     * The ids as one SQL array parameter, for {@code partnership_id = any(:ids)}: one value to bind however many
     * partnerships there are (thousands of {@code in} parameters cost more to bind than the query takes to run).
     */
    public Long[] idArray() {
        return places.keySet().toArray(Long[]::new);
    }

    public boolean isEmpty() {
        return places.isEmpty();
    }

    /** The person's place in the partnership, when it is on the desk. */
    public Optional<Place> place(long partnershipId) {
        return Optional.ofNullable(places.get(partnershipId));
    }

    /**
     * One open partnership as the person stands in it.
     *
     * @param role the person's membership; null for an administrator who is not a member
     * @param seat their board seat; null when they have none
     * @param plannedEnd the planned end of the current stage; null when not planned
     */
    public record Place(
            long partnershipId,
            String title,
            Stage stage,
            MemberRole role,
            boolean administrator,
            BoardSeat seat,
            Set<Role> roles,
            LocalDate plannedEnd) {

        public Place {
            roles = Set.copyOf(roles);
        }

        static Place of(Access access) {
            var p = access.partnership();
            var end = p.stages().stream()
                    .filter(s -> s.stage() == p.stage())
                    .findFirst()
                    .map(PartnershipView.StageView::plannedEnd)
                    .orElse(null);
            return new Place(
                    p.id(),
                    p.title(),
                    p.stage(),
                    p.viewerRole(),
                    access.user().administrator(),
                    access.seat(),
                    access.roles(),
                    end);
        }

        /** As {@link Access#participates()}. */
        public boolean participates() {
            return role == MemberRole.MANAGER || role == MemberRole.MEMBER;
        }

        /** As {@link Access#manages()}. */
        public boolean manages() {
            return administrator || role == MemberRole.MANAGER;
        }

        /** As {@link Access#holds(Role)}. */
        public boolean holds(Role r) {
            return participates() && roles.contains(r);
        }

        /** As {@link Access#onBoard()}. */
        public boolean onBoard() {
            return participates() && seat != null;
        }

        public boolean open() {
            return stage != Stage.CLOSED;
        }

        /** As {@link Access#mayEdit(Editors)}. */
        public boolean mayEdit(Editors editors) {
            return open() && editors.admits(manages(), onBoard(), this::holds);
        }

        /** As {@link Access#mayApprove()}. */
        public boolean mayApprove() {
            return open() && onBoard();
        }

        /**
         * Whose turn a sign-off is that one board member's approval carries (an ordinary decision): the person's when
         * they may approve, nobody's otherwise.
         */
        public Turn turnAlone() {
            return mayApprove() ? Turn.YOURS : Turn.NONE;
        }

        /**
         * Whose turn a {@link JointApproval} is. After the person approved, or once a member of their sector did, it
         * waits on others (a public-sector person no longer has it to do once the public sector approved); until then
         * it is theirs. A service user or carer may approve while it is not met, though they count for neither
         * sector.
         *
         * @param soFar the approvals given so far
         * @param approvedByMe whether the person is among them
         */
        public Turn turn(JointApproval soFar, boolean approvedByMe) {
            if (!mayApprove() || soFar.met()) {
                return Turn.NONE;
            }
            if (approvedByMe || covered(soFar)) {
                return Turn.OTHERS;
            }
            return Turn.YOURS;
        }

        private boolean covered(JointApproval soFar) {
            var sector = seat.sector();
            return (sector == Sector.PUBLIC && soFar.publicSector()) || (sector == Sector.THIRD && soFar.thirdSector());
        }
    }
}
