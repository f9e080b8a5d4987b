package scot.cairn.outcome;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approved measurements for other modules (SROI quantities): an indicator's values for the whole population (no
 * breakdown) in periods whose sign-off is approved and that lie wholly inside a date range. Answers questions only;
 * callers check first that the asker may see the partnership.
 */
@Component
@Transactional(readOnly = true)
public class ApprovedMeasurements {

    /** One approved value; {@code revision} goes up each time the value is corrected after approval. */
    public record Value(Period period, BigDecimal amount, int revision) {}

    /**
     * One indicator with its baseline and target (either may be null) and every approved value of it for the whole
     * population, oldest first.
     */
    public record Target(
            long id,
            String outcome,
            String name,
            String unit,
            BigDecimal baseline,
            BigDecimal target,
            List<Value> approved) {}

    /** One indicator of a partnership's framework, to choose from. */
    public record IndicatorChoice(long id, String name, String unit, String outcome) {}

    private final JdbcClient jdbc;

    ApprovedMeasurements(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The partnership's indicators, by outcome and then name. */
    public List<IndicatorChoice> indicators(long partnershipId) {
        return jdbc.sql("""
                        select i.id, i.name, i.unit, o.name as outcome from outcome_indicator i
                        join outcome_outcome o on o.id = i.outcome_id
                        where i.partnership_id = ? order by o.name, i.name""")
                .param(partnershipId)
                .query((rs, n) -> new IndicatorChoice(
                        rs.getLong("id"), rs.getString("name"), rs.getString("unit"), rs.getString("outcome")))
                .list();
    }

    /** Every indicator of the partnership with its target and approved values, by outcome and then name; two queries. */
    public List<Target> targets(long partnershipId) {
        var values = new java.util.HashMap<Long, List<Value>>();
        jdbc.sql("""
                        select m.indicator_id, m.period, m.amount, m.revision from outcome_measurement m
                        join outcome_period_signoff s on s.partnership_id = m.partnership_id and s.period = m.period
                        where m.partnership_id = ? and m.breakdown = '' and s.approved_at is not null""")
                .param(partnershipId)
                .query((rs, n) -> java.util.Map.entry(
                        rs.getLong("indicator_id"),
                        new Value(
                                Period.parse(rs.getString("period")).orElseThrow(),
                                rs.getBigDecimal("amount"),
                                rs.getInt("revision"))))
                .list()
                .forEach(e -> values.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        values.values().forEach(list -> list.sort(Comparator.comparing(Value::period)));
        return jdbc.sql("""
                        select i.id, i.name, i.unit, i.baseline, i.target, o.name as outcome from outcome_indicator i
                        join outcome_outcome o on o.id = i.outcome_id
                        where i.partnership_id = ? order by o.name, i.name""")
                .param(partnershipId)
                .query((rs, n) -> new Target(
                        rs.getLong("id"),
                        rs.getString("outcome"),
                        rs.getString("name"),
                        rs.getString("unit"),
                        rs.getBigDecimal("baseline"),
                        rs.getBigDecimal("target"),
                        List.copyOf(values.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
    }

    /** The approved values of one of the partnership's indicators from {@code from} to {@code to}, oldest first. */
    public List<Value> values(long partnershipId, long indicatorId, LocalDate from, LocalDate to) {
        return rows(partnershipId, List.of(indicatorId), from, to).stream()
                .map(Row::value)
                .toList();
    }

    /** The sum of the approved values in the range; empty when there are none. */
    public Optional<BigDecimal> sum(long partnershipId, long indicatorId, LocalDate from, LocalDate to) {
        var values = values(partnershipId, indicatorId, from, to);
        return values.isEmpty()
                ? Optional.empty()
                : Optional.of(values.stream().map(Value::amount).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /** The approved value of the latest period in the range; empty when there is none. */
    public Optional<BigDecimal> latest(long partnershipId, long indicatorId, LocalDate from, LocalDate to) {
        var values = values(partnershipId, indicatorId, from, to);
        return values.isEmpty()
                ? Optional.empty()
                : Optional.of(values.get(values.size() - 1).amount());
    }

    /**
     * A SHA-256 (hex) of the approved values of these indicators in the range: it changes whenever a period is
     * approved, a value is corrected or added, and stays the same otherwise.
     */
    public String fingerprint(long partnershipId, Collection<Long> indicatorIds, LocalDate from, LocalDate to) {
        var lines = new ArrayList<String>();
        for (var row : rows(partnershipId, new TreeSet<>(indicatorIds), from, to)) {
            lines.add(row.indicatorId() + "|" + row.value().period() + "|"
                    + row.value().amount().stripTrailingZeros().toPlainString() + "|"
                    + row.value().revision() + "|" + row.enteredAt());
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(digest.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Row(long indicatorId, Value value, long enteredAt) {}

    private List<Row> rows(long partnershipId, Collection<Long> indicatorIds, LocalDate from, LocalDate to) {
        var rows = new ArrayList<Row>();
        for (long indicatorId : indicatorIds) {
            jdbc
                    .sql("""
                            select m.period, m.amount, m.revision, m.entered_at from outcome_measurement m
                            join outcome_period_signoff s on s.partnership_id = m.partnership_id and s.period = m.period
                            where m.partnership_id = ? and m.indicator_id = ? and m.breakdown = ''
                              and s.approved_at is not null""")
                    .params(partnershipId, indicatorId)
                    .query((rs, n) -> new Row(
                            indicatorId,
                            new Value(
                                    Period.parse(rs.getString("period")).orElseThrow(),
                                    rs.getBigDecimal("amount"),
                                    rs.getInt("revision")),
                            rs.getTimestamp("entered_at").getTime()))
                    .list()
                    .stream()
                    .filter(r -> !r.value().period().start().isBefore(from)
                            && !r.value().period().end().isAfter(to))
                    .sorted(Comparator.comparing((Row r) -> r.value().period()))
                    .forEach(rows::add);
        }
        return rows;
    }
}
