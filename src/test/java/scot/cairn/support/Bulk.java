package scot.cairn.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Fills the directory quickly, straight into its tables, so a test can bring a collection up to its limit (hundreds of
 * partners or members) without a service call for each. Names and emails are unique, as the database is shared.
 */
public record Bulk(JdbcClient jdbc) {

    /** {@code n} new third-sector charities; their ids. */
    public List<Long> organisations(int n) {
        String batch = Unique.suffix();
        var ids = new ArrayList<Long>();
        for (int i = 1; i <= n; i++) {
            String name = "Bulk charity " + batch + " " + i;
            var key = new GeneratedKeyHolder();
            jdbc.sql("insert into directory_organisation (version, name, name_key, sector, type)"
                            + " values (0, ?, ?, 'THIRD', 'CHARITY')")
                    .params(name, name.toLowerCase(Locale.ROOT))
                    .update(key, "id");
            ids.add(key.getKey().longValue());
        }
        return ids;
    }

    /** {@code n} new people working for the organisation (none when null); their ids. */
    public List<Long> people(int n, Long organisationId) {
        String batch = Unique.suffix();
        var ids = new ArrayList<Long>();
        for (int i = 1; i <= n; i++) {
            var key = new GeneratedKeyHolder();
            jdbc.sql("insert into directory_person (version, full_name, email, organisation_id) values (0, ?, ?, ?)")
                    .params(
                            "Bulk person " + batch + " " + i,
                            "bulk." + batch + "." + i + "@bulk.example",
                            organisationId)
                    .update(key, "id");
            ids.add(key.getKey().longValue());
        }
        return ids;
    }
}
