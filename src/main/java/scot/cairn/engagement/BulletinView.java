package scot.cairn.engagement;

import java.time.Instant;
import java.util.List;
import scot.cairn.directory.Sector;
import scot.cairn.platform.Message;

/**
 * A bulletin as a member reads it, with what the reader may do with it now.
 *
 * @param needed what approval is still needed, or null once approved
 */
public record BulletinView(
        long id,
        int version,
        String reference,
        String title,
        String body,
        BulletinStatus status,
        String writtenBy,
        List<ApprovalView> approvals,
        Message needed,
        Instant sentAt,
        String sentBy,
        boolean mayRewrite,
        boolean mayApprove,
        boolean mayReopen,
        boolean maySend) {

    public record ApprovalView(String name, Sector sector, Instant at) {}
}
