package scot.cairn.sroi;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Records;
import scot.cairn.platform.Message;

/**
 * The rows of approved SROI impact maps, for links from elsewhere (a requirement of the service specification resting
 * on one outcome's value). Only approved analyses, which never change, so a row keeps its number; a row's id is its
 * analysis's id times {@link #PER_ANALYSIS} plus its place in the map (from 0). A link opens the analysis at the row.
 */
@Component
class ImpactRowRecords implements Records {

    /** More than an analysis may hold ({@link SroiRules#ROWS}). */
    static final long PER_ANALYSIS = 10_000;

    private static final String SELECT = """
            select r.analysis_id, r.row_index, a.title, r.stakeholder, r.outcome
              from sroi_impact_row r join sroi_analysis a on a.id = r.analysis_id
             where a.partnership_id = ? and a.status = 'APPROVED'
            """;

    private final JdbcClient jdbc;

    ImpactRowRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "IMPACT_ROW";
    }

    @Override
    public String labelKey() {
        return "sroi.link.rowKind";
    }

    @Override
    public List<Ref> choices(Access access, int limit) {
        return jdbc.sql(SELECT + " order by a.id desc, r.row_index fetch first " + limit + " rows only")
                .param(access.id())
                .query((rs, n) -> ref(access.id(), rs))
                .list();
    }

    @Override
    public Optional<Ref> find(Access access, long id) {
        if (id < 0) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " and a.id = ? and r.row_index = ?")
                .params(access.id(), id / PER_ANALYSIS, (int) (id % PER_ANALYSIS))
                .query((rs, n) -> ref(access.id(), rs))
                .optional();
    }

    private Ref ref(long partnershipId, java.sql.ResultSet rs) throws java.sql.SQLException {
        long analysis = rs.getLong("analysis_id");
        int index = rs.getInt("row_index");
        return new Ref(
                kind(),
                analysis * PER_ANALYSIS + index,
                Message.of(
                        "sroi.link.row",
                        rs.getString("title"),
                        index + 1,
                        rs.getString("stakeholder"),
                        rs.getString("outcome")),
                "/partnerships/" + partnershipId + "/sroi/" + analysis + "#row-" + (index + 1));
    }
}
