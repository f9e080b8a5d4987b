package scot.cairn.outcome;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Many measurements at once, in plain SQL rather than one aggregate (with its revisions) at a time: the keys already
 * recorded and the whole-population values, each in one query, and new rows inserted in JDBC batches. New
 * measurements have no revisions, so plain inserts are the whole aggregate.
 */
@Component
class MeasurementTable {

    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;

    MeasurementTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The {@link RowChecker#key} of every measurement recorded for the partnership. */
    Set<String> recordedKeys(long partnershipId) {
        var keys = new HashSet<String>();
        jdbc.query(
                "select indicator_id, period, breakdown from outcome_measurement where partnership_id = ?",
                rs -> {
                    keys.add(RowChecker.key(rs.getLong(1), rs.getString(2), rs.getString(3)));
                },
                partnershipId);
        return keys;
    }

    /** A value for the whole population (breakdown ""). */
    record Value(long indicatorId, String period, java.math.BigDecimal amount) {}

    /** Every whole-population value recorded for the partnership. */
    List<Value> wholeValues(long partnershipId) {
        return jdbc.query(
                "select indicator_id, period, amount from outcome_measurement where partnership_id = ? and breakdown = ''",
                (rs, n) -> new Value(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)),
                partnershipId);
    }

    /** The whole-population values of one indicator. */
    List<Value> wholeValuesOf(long indicatorId) {
        return jdbc.query(
                "select indicator_id, period, amount from outcome_measurement where indicator_id = ? and breakdown = ''",
                (rs, n) -> new Value(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3)),
                indicatorId);
    }

    /** A value for part of the population, such as "Boys" in 2026-Q3. */
    record Part(String period, String breakdown, java.math.BigDecimal amount) {}

    /** The values of one indicator for parts of the population, by breakdown name. */
    List<Part> partsOf(long indicatorId) {
        return jdbc.query(
                "select period, breakdown, amount from outcome_measurement where indicator_id = ? and breakdown <> ''",
                (rs, n) -> new Part(rs.getString(1), rs.getString(2), rs.getBigDecimal(3)),
                indicatorId);
    }

    /** The ids of the indicator's measurements corrected after approval (those with earlier revisions kept). */
    List<Long> revisedOf(long indicatorId) {
        return jdbc.queryForList(
                "select id from outcome_measurement where indicator_id = ? and revision > 1", Long.class, indicatorId);
    }

    /** Inserts checked rows as first revisions entered by the person at the instant. */
    void insert(long partnershipId, List<CheckedRow> rows, long person, Instant now) {
        var at = Timestamp.from(now);
        jdbc.batchUpdate(
                "insert into outcome_measurement (version, partnership_id, indicator_id, period, breakdown, amount,"
                        + " source, notes, entered_by, entered_at, revision) values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
                rows,
                BATCH,
                (ps, r) -> {
                    ps.setLong(1, partnershipId);
                    ps.setLong(2, r.indicatorId());
                    ps.setString(3, r.period().toString());
                    ps.setString(4, r.breakdown());
                    ps.setBigDecimal(5, r.value());
                    setText(ps, 6, Texts.optional(r.row().source()));
                    setText(ps, 7, Texts.optional(r.row().notes()));
                    ps.setLong(8, person);
                    ps.setTimestamp(9, at);
                });
    }

    /**
     * Notes that the period holds values and waits for submission, unless it was submitted already (then its sign-off
     * stands for it); the to-do lists read these notes rather than every measurement.
     */
    void periodHasValues(long partnershipId, String period) {
        jdbc.update("""
                insert into outcome_period_unsubmitted (partnership_id, period)
                select ?, ? where not exists (select 1 from outcome_period_signoff s
                                               where s.partnership_id = ? and s.period = ?)
                on conflict do nothing""", partnershipId, period, partnershipId, period);
    }

    /** The period was submitted: it no longer waits for submission. */
    void periodSubmitted(long partnershipId, String period) {
        jdbc.update(
                "delete from outcome_period_unsubmitted where partnership_id = ? and period = ?",
                partnershipId,
                period);
    }

    private static void setText(java.sql.PreparedStatement ps, int index, String text) throws java.sql.SQLException {
        if (text == null) {
            ps.setNull(index, Types.VARCHAR);
        } else {
            ps.setString(index, text);
        }
    }
}
