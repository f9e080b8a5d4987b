package scot.cairn.partnership;

import java.util.ArrayList;
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
                        + " order by p.title_key, p.id")
                .param(personId)
                .query(PartnershipQueries::map)
                .list();
    }

    static List<PartnershipSummary> all(JdbcClient jdbc, long personId) {
        return jdbc.sql(SELECT + " left join partnership_member m on m.partnership_id = p.id and m.person_id = ?"
                        + " order by p.title_key, p.id")
                .param(personId)
                .query(PartnershipQueries::map)
                .list();
    }

    /**
     * One page of the partnerships the person is a member of (or of every one, with their role where they have one):
     * one count and one page query, whatever the number of partnerships.
     */
    static PartnershipPage page(
            JdbcClient jdbc, long personId, boolean everyOne, PartnershipFilter filter, int page, int size) {
        var params = new ArrayList<Object>();
        params.add(personId);
        String from = " from partnership_partnership p "
                + (everyOne && filter.role() == null ? "left join" : "join")
                + " partnership_member m on m.partnership_id = p.id and m.person_id = ?"
                + where(filter, params);
        // Counting someone's own partnerships by role alone needs only their memberships, read from one index.
        boolean membershipsOnly = !everyOne
                && filter.title() == null
                && filter.region() == null
                && filter.stage() == null
                && filter.market() == null;
        String count = membershipsOnly
                ? "select count(*) from partnership_member m where m.person_id = ?"
                        + (filter.role() == null ? "" : " and m.role = ?")
                : "select count(*)" + from;
        long total = jdbc.sql(count).params(params).query(Long.class).single();
        if (total <= (long) (page - 1) * size) {
            return new PartnershipPage(List.of(), total, page, size);
        }
        params.add(size);
        params.add((long) (page - 1) * size);
        var items = jdbc.sql("select p.id, p.title, p.market, p.region, p.stage, o.name as lead_name, m.role"
                        + from.replaceFirst(" from partnership_partnership p ", FROM_WITH_LEAD)
                        + " order by p.title_key, p.id limit ? offset ?")
                .params(params)
                .query(PartnershipQueries::map)
                .list();
        return new PartnershipPage(items, total, page, size);
    }

    private static final String FROM_WITH_LEAD =
            " from partnership_partnership p" + " left join directory_organisation o on o.id = p.lead_partner_id ";

    private static String where(PartnershipFilter filter, List<Object> params) {
        var conditions = new ArrayList<String>();
        if (filter.title() != null) {
            conditions.add("p.title_key like ? escape '!'");
            params.add(contains(filter.title()));
        }
        if (filter.region() != null) {
            conditions.add("lower(p.region) like ? escape '!'");
            params.add(contains(filter.region()));
        }
        if (filter.stage() != null) {
            conditions.add("p.stage = ?");
            params.add(filter.stage().name());
        }
        if (filter.market() != null) {
            conditions.add("p.market = ?");
            params.add(filter.market().name());
        }
        if (filter.role() != null) {
            conditions.add("m.role = ?");
            params.add(filter.role().name());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** A LIKE pattern for text anywhere, with the pattern's own characters taken literally. */
    private static String contains(String text) {
        String literal =
                Partnership.keyOf(text).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + literal + "%";
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
