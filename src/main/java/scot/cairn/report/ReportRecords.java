package scot.cairn.report;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Records;
import scot.cairn.platform.Dates;
import scot.cairn.platform.Message;

/** Highlight reports, for links from elsewhere (an agenda item). */
@Component
class ReportRecords implements Records {

    private final JdbcClient jdbc;

    ReportRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "REPORT";
    }

    @Override
    public String labelKey() {
        return "report.link.kind";
    }

    @Override
    public List<Ref> choices(Access access, int limit) {
        return jdbc.sql("select id, number, period_from, period_to from report_highlight where partnership_id = ?"
                        + " order by number desc fetch first " + limit + " rows only")
                .param(access.id())
                .query((rs, n) -> ref(access.id(), rs))
                .list();
    }

    @Override
    public Optional<Ref> find(Access access, long id) {
        return jdbc.sql("select id, number, period_from, period_to from report_highlight"
                        + " where partnership_id = ? and id = ?")
                .params(access.id(), id)
                .query((rs, n) -> ref(access.id(), rs))
                .optional();
    }

    private Ref ref(long partnershipId, java.sql.ResultSet rs) throws java.sql.SQLException {
        long id = rs.getLong(1);
        return new Ref(
                kind(),
                id,
                Message.of(
                        "report.link.label",
                        "HR-" + rs.getLong(2),
                        Dates.day(rs.getDate(3).toLocalDate()),
                        Dates.day(rs.getDate(4).toLocalDate())),
                "/partnerships/" + partnershipId + "/reports/" + id);
    }
}
