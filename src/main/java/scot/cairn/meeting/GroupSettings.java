package scot.cairn.meeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.platform.ConcurrentChangeException;

/**
 * What each group chose for its meetings: how many working days before a meeting its papers are due
 * ({@link PaperDeadline#STANDARD_DAYS} until it chooses). Version 0 is a group that has not chosen yet.
 */
@Component
class GroupSettings {

    private final JdbcClient jdbc;

    GroupSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PaperDays of(long groupId) {
        return jdbc.sql("select paper_days, version from meeting_group_setting where group_id = ?")
                .param(groupId)
                .query((rs, n) -> new PaperDays(rs.getInt(1), rs.getInt(2)))
                .optional()
                .orElse(new PaperDays(PaperDeadline.STANDARD_DAYS, 0));
    }

    /** Sets the group's deadline, as read at {@code seenVersion}; the new version. */
    int set(long groupId, int paperDays, Integer seenVersion) {
        var now = of(groupId);
        ConcurrentChangeException.check("group", seenVersion, now.version());
        if (now.version() == 0) {
            try {
                jdbc.sql("insert into meeting_group_setting (group_id, paper_days, version) values (?, ?, 1)")
                        .params(groupId, paperDays)
                        .update();
            } catch (org.springframework.dao.DuplicateKeyException someoneElseFirst) {
                throw new ConcurrentChangeException("group");
            }
            return 1;
        }
        int changed = jdbc.sql("update meeting_group_setting set paper_days = ?, version = version + 1"
                        + " where group_id = ? and version = ?")
                .params(paperDays, groupId, now.version())
                .update();
        ConcurrentChangeException.check("group", seenVersion, changed == 1 ? now.version() : -1);
        return now.version() + 1;
    }
}
