package scot.cairn.partnership;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Read-side SQL for lists of partnerships; one query each, however many partnerships there are. */
final class PartnershipQueries {

    private static final String SELECT = """
            select p.id, p.title, p.market, p.region, p.stage, o.name as lead_name, m.role
            from partnership_partnership p
            left join directory_organisation o on o.id = p.lead_partner_id
            """;

    private PartnershipQueries() {}

    static List<PartnershipSummary> forMember(JdbcClient jdbc, long personId) {
        return jdbc.sql(SELECT + " join partnership_member m on m.partnership_id = p.id and m.person_id = ?"
                        + " order by lower(p.title), p.id")
                .param(personId)
                .query(PartnershipQueries::map)
                .list();
    }

    static List<PartnershipSummary> all(JdbcClient jdbc, long personId) {
        return jdbc.sql(SELECT + " left join partnership_member m on m.partnership_id = p.id and m.person_id = ?"
                        + " order by lower(p.title), p.id")
                .param(personId)
                .query(PartnershipQueries::map)
                .list();
    }

    private static PartnershipSummary map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String role = rs.getString("role");
        return new PartnershipSummary(
                rs.getLong("id"),
                rs.getString("title"),
                Market.valueOf(rs.getString("market")),
                rs.getString("region"),
                Stage.valueOf(rs.getString("stage")),
                rs.getString("lead_name"),
                role == null ? null : MemberRole.valueOf(role));
    }
}
