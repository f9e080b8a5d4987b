package scot.cairn.sroi;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Records;

/** SROI analyses, for links from elsewhere (an agenda item). */
@Component
class AnalysisRecords implements Records {

    private final JdbcClient jdbc;

    AnalysisRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "SROI";
    }

    @Override
    public String labelKey() {
        return "sroi.link.kind";
    }

    @Override
    public List<Ref> choices(Access access, int limit) {
        return jdbc.sql("select id, title from sroi_analysis where partnership_id = ? order by id desc"
                        + " fetch first " + limit + " rows only")
                .param(access.id())
                .query((rs, n) -> ref(access.id(), rs.getLong(1), rs.getString(2)))
                .list();
    }

    @Override
    public Optional<Ref> find(Access access, long id) {
        return jdbc.sql("select id, title from sroi_analysis where partnership_id = ? and id = ?")
                .params(access.id(), id)
                .query((rs, n) -> ref(access.id(), rs.getLong(1), rs.getString(2)))
                .optional();
    }

    private Ref ref(long partnershipId, long id, String title) {
        return new Ref(kind(), id, title, "/partnerships/" + partnershipId + "/sroi/" + id);
    }
}
