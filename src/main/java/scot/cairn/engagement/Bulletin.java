package scot.cairn.engagement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import scot.cairn.partnership.BoardSeat;
import scot.cairn.partnership.JointApproval;
import scot.cairn.platform.InvalidInputException;

/**
 * A bulletin to the forum of informed providers (B-1, B-2...). Invariants: its words change only while it is a draft
 * nobody has approved, so what the board approved is what is sent; it is approved under the one joint rule; it is
 * sent once, and only when approved.
 */
@Table("engagement_bulletin")
class Bulletin {

    @Id
    private final Long id;

    @Version
    private final Integer version;

    private final Long partnershipId;
    private final int number;
    private String title;
    private String body;
    private BulletinStatus status;
    private final Long writtenBy;
    private Instant sentAt;
    private Long sentBy;

    @MappedCollection(idColumn = "bulletin_id")
    private final Set<BulletinApproval> approvals;

    @PersistenceCreator
    Bulletin(
            Long id,
            Integer version,
            Long partnershipId,
            int number,
            String title,
            String body,
            BulletinStatus status,
            Long writtenBy,
            Instant sentAt,
            Long sentBy,
            Set<BulletinApproval> approvals) {
        this.id = id;
        this.version = version;
        this.partnershipId = partnershipId;
        this.number = number;
        this.title = title;
        this.body = body;
        this.status = status;
        this.writtenBy = writtenBy;
        this.sentAt = sentAt;
        this.sentBy = sentBy;
        this.approvals = new HashSet<>(approvals);
    }

    static Bulletin write(long partnershipId, int number, String title, String body, long writtenBy) {
        return new Bulletin(
                null, null, partnershipId, number, title, body, BulletinStatus.DRAFT, writtenBy, null, null, Set.of());
    }

    /** Rewrites a draft nobody has approved yet. */
    void rewrite(String title, String body) {
        if (status != BulletinStatus.DRAFT || !approvals.isEmpty()) {
            throw InvalidInputException.of("", "engagement.bulletin.fixed");
        }
        this.title = title;
        this.body = body;
    }

    /** Records a board member's approval; approved once both sectors have approved. */
    void approve(BoardSeat seat, Instant at) {
        if (status != BulletinStatus.DRAFT) {
            throw InvalidInputException.of("", "engagement.bulletin.notDraft");
        }
        if (approvals.stream().anyMatch(a -> a.personId() == seat.personId())) {
            throw InvalidInputException.of("", "engagement.bulletin.alreadyApproved");
        }
        approvals.add(new BulletinApproval(seat.personId(), seat.organisationId(), seat.sector(), at));
        if (joint().met()) {
            status = BulletinStatus.APPROVED;
        }
    }

    /** Takes an unsent bulletin back to a draft without approvals, so that it can be corrected. */
    void reopen() {
        if (status == BulletinStatus.SENT) {
            throw InvalidInputException.of("", "engagement.bulletin.alreadySent");
        }
        approvals.clear();
        status = BulletinStatus.DRAFT;
    }

    /** Marks it sent, once, when approved. */
    void send(long by, Instant at) {
        if (status == BulletinStatus.SENT) {
            throw InvalidInputException.of("", "engagement.bulletin.alreadySent");
        }
        if (status != BulletinStatus.APPROVED) {
            throw InvalidInputException.of("", "engagement.bulletin.notApproved");
        }
        status = BulletinStatus.SENT;
        sentAt = at;
        sentBy = by;
    }

    JointApproval joint() {
        return JointApproval.of(approvals.stream().map(BulletinApproval::sector).toList());
    }

    List<BulletinApproval> approvals() {
        var sorted = new ArrayList<>(approvals);
        sorted.sort(Comparator.comparing(BulletinApproval::approvedAt));
        return sorted;
    }

    String reference() {
        return "B-" + number;
    }

    Long id() {
        return id;
    }

    Integer version() {
        return version;
    }

    Long partnershipId() {
        return partnershipId;
    }

    String title() {
        return title;
    }

    String body() {
        return body;
    }

    BulletinStatus status() {
        return status;
    }

    Long writtenBy() {
        return writtenBy;
    }

    Instant sentAt() {
        return sentAt;
    }

    Long sentBy() {
        return sentBy;
    }
}
