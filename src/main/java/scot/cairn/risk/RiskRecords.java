package scot.cairn.risk;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Records;

/** The register's risks and issues, for links from elsewhere (an agenda item). */
@Component
class RiskRecords implements Records {

    private final JdbcClient jdbc;

    RiskRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "RISK";
    }

    @Override
    public String labelKey() {
        return "risk.link.kind";
    }

    @Override
    public List<Ref> choices(Access access, int limit) {
        return jdbc.sql("select id, number, title from risk_risk where partnership_id = ? order by number desc"
                        + " fetch first " + limit + " rows only")
                .param(access.id())
                .query((rs, n) -> ref(access.id(), rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    @Override
    public Optional<Ref> find(Access access, long id) {
        return jdbc.sql("select id, number, title from risk_risk where partnership_id = ? and id = ?")
                .params(access.id(), id)
                .query((rs, n) -> ref(access.id(), rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .optional();
    }

    private Ref ref(long partnershipId, long id, long number, String title) {
        return new Ref(kind(), id, "R-" + number + " " + title, "/partnerships/" + partnershipId + "/risks/" + id);
    }
}
