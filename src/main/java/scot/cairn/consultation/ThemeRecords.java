package scot.cairn.consultation;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.Access;
import scot.cairn.partnership.Records;

/**
 * The published themes of what people said in consultations ("you said, we did"), for links from elsewhere (a
 * requirement of the service specification), shown as "Consultation: theme". Only published ones: they are what the
 * partnership told people it heard, and they are not removed.
 */
@Component
class ThemeRecords implements Records {

    private static final String SELECT = """
            select t.id, t.name, c.id as consultation_id, c.title from consultation_theme t
              join consultation_consultation c on c.id = t.consultation_id
             where c.partnership_id = ? and t.published_at is not null
            """;

    private final JdbcClient jdbc;

    ThemeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return "THEME";
    }

    @Override
    public String labelKey() {
        return "consultation.link.kind";
    }

    @Override
    public List<Ref> choices(Access access, int limit) {
        return jdbc.sql(SELECT + " order by t.id desc fetch first " + limit + " rows only")
                .param(access.id())
                .query((rs, n) -> ref(access.id(), rs))
                .list();
    }

    @Override
    public Optional<Ref> find(Access access, long id) {
        return jdbc.sql(SELECT + " and t.id = ?")
                .params(access.id(), id)
                .query((rs, n) -> ref(access.id(), rs))
                .optional();
    }

    private Ref ref(long partnershipId, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Ref(
                kind(),
                rs.getLong("id"),
                rs.getString("title") + ": " + rs.getString("name"),
                "/partnerships/" + partnershipId + "/consultations/" + rs.getLong("consultation_id") + "/themes");
    }
}
