package scot.cairn.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.cairn.outcome.Period;

/**
 * The outcome framework of generated partnerships (two stakeholder groups, two outcomes, three indicators) and the
 * last four full quarters of values, entered by the provider's contact: the first three approved by the board (the
 * commissioner's and the provider's contacts, public and third sector), the last submitted and waiting for approval.
 */
@Component
class ScaleOutcomes {

    private record Indicator(
            String name, int outcome, String unit, String direction, String measure, int baseline, int target) {}

    private static final List<String> GROUPS = List.of("People using the service", "Family carers");
    private static final List<String> OUTCOMES =
            List.of("People live more independently", "Carers have time for themselves");
    private static final List<Indicator> INDICATORS = List.of(
            new Indicator("People supported at home", 0, "people", "HIGHER_IS_BETTER", "PEOPLE", 40, 50),
            new Indicator("Unplanned hospital admissions", 0, "admissions", "LOWER_IS_BETTER", "COUNT", 12, 8),
            new Indicator("Carers with a regular break", 1, "per cent", "HIGHER_IS_BETTER", "OTHER", 55, 70));
    private static final int QUARTERS = 4;

    private final ScaleSql sql;
    private final Clock clock;

    ScaleOutcomes(JdbcTemplate jdbc, Clock clock) {
        this.sql = new ScaleSql(jdbc);
        this.clock = clock;
    }

    void write(List<ScaleRows.Made> made) {
        var now = ScaleSql.at(clock.instant());
        long groupsSince = sql.lastId("outcome_stakeholder_group");
        var groups = new ScaleSql.Batch("""
                insert into outcome_stakeholder_group (version, partnership_id, name, created_at)
                values (0, ?, ?, ?)""");
        made.forEach(m -> GROUPS.forEach(g -> groups.add(m.id(), g, now)));
        sql.send(groups);
        var groupIds = sql.idsSince("outcome_stakeholder_group", "partnership_id", "name", groupsSince);
        long outcomesSince = sql.lastId("outcome_outcome");
        var outcomes = new ScaleSql.Batch("""
                insert into outcome_outcome (version, partnership_id, stakeholder_group_id, name, created_at)
                values (0, ?, ?, ?, ?)""");
        for (var m : made) {
            for (int i = 0; i < OUTCOMES.size(); i++) {
                outcomes.add(m.id(), groupIds.get(ScaleSql.key(m.id(), GROUPS.get(i))), OUTCOMES.get(i), now);
            }
        }
        sql.send(outcomes);
        var outcomeIds = sql.idsSince("outcome_outcome", "partnership_id", "name", outcomesSince);
        long indicatorsSince = sql.lastId("outcome_indicator");
        var indicators = new ScaleSql.Batch("""
                insert into outcome_indicator (version, partnership_id, outcome_id, name, unit, direction, baseline,
                    target, frequency, created_at, measure) values (0, ?, ?, ?, ?, ?, ?, ?, 'QUARTERLY', ?, ?)""");
        for (var m : made) {
            for (var i : INDICATORS) {
                long outcome = outcomeIds.get(ScaleSql.key(m.id(), OUTCOMES.get(i.outcome())));
                indicators.add(
                        m.id(), outcome, i.name(), i.unit(), i.direction(), i.baseline(), i.target(), now, i.measure());
            }
        }
        sql.send(indicators);
        measurements(made, sql.idsSince("outcome_indicator", "partnership_id", "name", indicatorsSince));
        signoffs(made);
    }

    /** The last {@link #QUARTERS} full quarters, oldest first. */
    private List<Period> quarters() {
        var quarters = new ArrayList<Period>();
        var period = Period.quarterOf(LocalDate.now(clock));
        for (int q = 0; q < QUARTERS; q++) {
            period = period.previous();
            quarters.add(0, period);
        }
        return quarters;
    }

    private java.sql.Timestamp after(Period period, int days) {
        var day = period.end().plusDays(days);
        var today = LocalDate.now(clock);
        return ScaleSql.at((day.isAfter(today) ? today : day)
                .atTime(10, 0)
                .atZone(clock.getZone())
                .toInstant()
                .truncatedTo(ChronoUnit.SECONDS));
    }

    private void measurements(List<ScaleRows.Made> made, java.util.Map<String, Long> indicatorIds) {
        var values = new ScaleSql.Batch("""
                insert into outcome_measurement (version, partnership_id, indicator_id, period, breakdown, amount,
                    entered_by, entered_at, revision) values (0, ?, ?, ?, '', ?, ?, ?, 1)""");
        var quarters = quarters();
        for (var m : made) {
            for (var i : INDICATORS) {
                long indicator = indicatorIds.get(ScaleSql.key(m.id(), i.name()));
                for (int q = 0; q < quarters.size(); q++) {
                    // From the baseline towards the target, a little differently in each partnership.
                    int step = (i.target() - i.baseline()) * (q + 1) / (quarters.size() + 1);
                    var amount = BigDecimal.valueOf(i.baseline() + step + (m.n() % 3) - 1L);
                    values.add(
                            m.id(),
                            indicator,
                            quarters.get(q).toString(),
                            amount,
                            m.pair().thirdContact(),
                            after(quarters.get(q), 10));
                }
            }
        }
        sql.send(values);
    }

    private void signoffs(List<ScaleRows.Made> made) {
        long since = sql.lastId("outcome_period_signoff");
        var signoffs = new ScaleSql.Batch("""
                insert into outcome_period_signoff (version, partnership_id, period, submitted_by, submitted_at,
                    approved_by, approved_at) values (0, ?, ?, ?, ?, ?, ?)""");
        var quarters = quarters();
        for (var m : made) {
            for (int q = 0; q < quarters.size(); q++) {
                boolean approved = q < quarters.size() - 1;
                var period = quarters.get(q);
                signoffs.add(
                        m.id(),
                        period.toString(),
                        m.pair().thirdContact(),
                        after(period, 20),
                        approved ? m.pair().publicContact() : null,
                        approved ? after(period, 30) : null);
            }
        }
        sql.send(signoffs);
        var ids = sql.idsSince("outcome_period_signoff", "partnership_id", "period", since);
        var approvals = new ScaleSql.Batch("""
                insert into outcome_period_approval (signoff_id, person_id, organisation_id, sector, approved_at)
                values (?, ?, ?, ?, ?)""");
        for (var m : made) {
            for (var period : quarters.subList(0, quarters.size() - 1)) {
                long signoff = ids.get(ScaleSql.key(m.id(), period.toString()));
                approvals.add(signoff, m.pair().thirdContact(), m.pair().thirdOrg(), "THIRD", after(period, 25));
                approvals.add(signoff, m.pair().publicContact(), m.pair().publicOrg(), "PUBLIC", after(period, 30));
            }
        }
        sql.send(approvals);
    }
}
