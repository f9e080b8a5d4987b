package scot.cairn.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Batched inserts for the scale demo, and the identity keys the database gave the rows of one chunk. Tables are named
 * here, never from input.
 */
final class ScaleSql {

    private final JdbcTemplate jdbc;

    ScaleSql(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Rows for one table, sent in a single JDBC batch. */
    static final class Batch {
        private final String sql;
        private final List<Object[]> rows = new ArrayList<>();

        Batch(String sql) {
            this.sql = sql;
        }

        void add(Object... values) {
            rows.add(values);
        }
    }

    void send(Batch batch) {
        if (!batch.rows.isEmpty()) {
            jdbc.batchUpdate(batch.sql, batch.rows);
        }
    }

    /** The largest key a table holds now, so the keys of rows inserted next can be read back. */
    long lastId(String table) {
        return jdbc.queryForObject("select coalesce(max(id), 0) from " + table, Long.class);
    }

    /**
     * The keys of rows inserted after {@code since}, by their owner (a partnership) and a naming column:
     * {@code "17/Service users"}.
     */
    Map<String, Long> idsSince(String table, String ownerColumn, String nameColumn, long since) {
        var ids = new HashMap<String, Long>();
        jdbc.query(
                "select id, " + ownerColumn + " as partnership_id, " + nameColumn + " as name from " + table
                        + " where id > ?",
                rs -> {
                    ids.put(key(rs.getLong("partnership_id"), rs.getString("name")), rs.getLong("id"));
                },
                since);
        return ids;
    }

    static String key(long partnershipId, String name) {
        return partnershipId + "/" + name;
    }

    static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }
}
