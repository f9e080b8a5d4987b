package scot.cairn.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import scot.cairn.directory.Sector;

/**
 * Everything the overview page shows about one partnership. Lists are sorted for display; {@code viewerRole} is null
 * for an administrator who is not a member.
 */
public record PartnershipView(
        long id,
        int version,
        String title,
        Market market,
        String region,
        String aims,
        Long leadPartnerId,
        String leadPartnerName,
        Stage stage,
        ClosureRoute closureRoute,
        String closureReason,
        Instant createdAt,
        List<PartnerView> partners,
        List<MemberView> members,
        List<StageView> stages,
        MemberRole viewerRole,
        boolean viewerManages) {

    public record PartnerView(long organisationId, String name, Sector sector, Standing standing, boolean lead) {}

    public record MemberView(
            long personId, String fullName, String email, String organisationName, Sector sector, MemberRole role) {}

    /**
     * One stage on the timeline; {@code status} is done, current, upcoming or not reached; {@code todayNote} says where
     * today falls against the plan, or is null.
     */
    public record StageView(
            Stage stage,
            LocalDate plannedStart,
            LocalDate plannedEnd,
            LocalDate actualStart,
            LocalDate actualEnd,
            String status,
            scot.cairn.platform.Message todayNote) {}

    public PartnershipDetails details() {
        return new PartnershipDetails(title, market, region, aims, leadPartnerId);
    }

    public boolean closed() {
        return stage == Stage.CLOSED;
    }

    /** True when the viewer manages the partnership and it is open, so its change forms are shown. */
    public boolean viewerMayManage() {
        return viewerManages && !closed();
    }

    /** This partnership, or a refusal ("This partnership is closed") when it is closed: a closed one is a record. */
    public PartnershipView requireOpen() {
        if (closed()) {
            throw scot.cairn.platform.InvalidInputException.of("", CLOSED);
        }
        return this;
    }

    /** The members who take part (managers and members; observers only read): those who may own work. */
    public List<MemberView> participants() {
        return members.stream()
                .filter(m -> m.role() == MemberRole.MANAGER || m.role() == MemberRole.MEMBER)
                .toList();
    }

    /** The ids of {@link #participants()}. */
    public Set<Long> participantIds() {
        return participants().stream().map(MemberView::personId).collect(Collectors.toSet());
    }

    /** Each member's name by person id; someone no longer a member has none. */
    public Map<Long, String> namesById() {
        return members.stream().collect(Collectors.toMap(MemberView::personId, MemberView::fullName, (a, b) -> a));
    }

    /** The bundle key of the refusal of any change to a closed partnership. */
    public static final String CLOSED = "partnership.closed";
}
