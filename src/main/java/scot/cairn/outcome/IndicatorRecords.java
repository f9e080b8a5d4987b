package scot.cairn.outcome;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Records;

/**
 * The outcome framework's indicators, for links from elsewhere (a requirement of the service specification); a link
 * opens the indicator's results, which every member reads.
 */
@Component
class IndicatorRecords implements Records {

    private final JdbcClient jdbc;

    IndicatorRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "INDICATOR";
    }

    @Override
    public String labelKey() {
        return "outcome.link.kind";
    }

    @Override
    public List<Ref> choices(Access access, int limit) {
        return jdbc.sql("select id, name from outcome_indicator where partnership_id = ? order by id desc"
                        + " fetch first " + limit + " rows only")
                .param(access.id())
                .query((rs, n) -> ref(access.id(), rs.getLong(1), rs.getString(2)))
                .list();
    }

    @Override
    public Optional<Ref> find(Access access, long id) {
        return jdbc.sql("select id, name from outcome_indicator where partnership_id = ? and id = ?")
                .params(access.id(), id)
                .query((rs, n) -> ref(access.id(), rs.getLong(1), rs.getString(2)))
                .optional();
    }

    private Ref ref(long partnershipId, long id, String name) {
        return new Ref(kind(), id, name, "/partnerships/" + partnershipId + "/outcomes/indicators/" + id + "/results");
    }
}
