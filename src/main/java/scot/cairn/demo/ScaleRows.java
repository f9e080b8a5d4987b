package scot.cairn.demo;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.AssessmentQuestion;
import scot.cairn.partnership.MemberRole;
import scot.cairn.partnership.Stage;
import scot.cairn.platform.Changes;

/**
 * Writes one chunk of generated partnerships: the partnership rows with partners, members, stage dates, the
 * assessment (gone ahead for those past Explore) and the audit entry of each start, then their governance and
 * outcomes.
 */
@Component
class ScaleRows {

    /** The people and organisations generated partnerships share. */
    record Cast(long benchPerson, long benchOrg, long consultedOrg, List<Pair> pairs) {}

    /** A commissioner and a provider with a contact each, from one of the ten pilots. */
    record Pair(DemoSeeder.Pilot pilot, long publicOrg, long thirdOrg, long publicContact, long thirdContact) {}

    /** One generated partnership: its number (from 0), key, partners and the bench account's role in it. */
    record Made(int n, long id, Pair pair, MemberRole benchRole, Stage stage, Cast cast) {

        /** The bench account manages most; where it does not, the commissioner's contact does. */
        long manager() {
            return benchRole == MemberRole.MANAGER ? cast.benchPerson() : pair.publicContact();
        }
    }

    private static final List<Stage> STAGES = List.of(Stage.EXPLORE, Stage.DESIGN, Stage.PILOT);

    private final ScaleSql sql;
    private final Clock clock;
    private final ScaleBoard board;
    private final ScaleOutcomes outcomes;

    ScaleRows(JdbcTemplate jdbc, Clock clock, ScaleBoard board, ScaleOutcomes outcomes) {
        this.sql = new ScaleSql(jdbc);
        this.clock = clock;
        this.board = board;
        this.outcomes = outcomes;
    }

    static String title(int n) {
        return "Generated partnership %04d".formatted(n + 1);
    }

    /** Partnerships {@code first} (inclusive) to {@code last} (exclusive), in the caller's transaction. */
    void write(Cast cast, int first, int last) {
        long since = sql.lastId("partnership_partnership");
        var rows = new ScaleSql.Batch("""
                insert into partnership_partnership (version, title, title_key, market, region, aims, lead_partner_id, stage,
                    assessment_decision, assessment_reason, created_at)
                values (0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        var started = ScaleSql.at(LocalDate.now(clock)
                .minusMonths(9)
                .atStartOfDay(clock.getZone())
                .toInstant());
        for (int n = first; n < last; n++) {
            var pair = cast.pairs().get(n % cast.pairs().size());
            boolean decided = stage(n) != Stage.EXPLORE;
            rows.add(
                    title(n),
                    title(n).toLowerCase(java.util.Locale.ROOT),
                    pair.pilot().market().name(),
                    pair.pilot().region(),
                    pair.pilot().aims(),
                    pair.publicOrg(),
                    stage(n).name(),
                    decided ? "GO" : "UNDECIDED",
                    decided ? "The four questions are answered well; the partners agree to go ahead." : null,
                    started);
        }
        sql.send(rows);
        var ids = sql.idsSince("partnership_partnership", "0", "title", since);
        var made = new ArrayList<Made>();
        for (int n = first; n < last; n++) {
            var pair = cast.pairs().get(n % cast.pairs().size());
            made.add(new Made(n, ids.get(ScaleSql.key(0, title(n))), pair, benchRole(n), stage(n), cast));
        }
        partnersAndMembers(made);
        stagesAndAssessments(made);
        audit(made);
        board.write(made);
        outcomes.write(made);
    }

    /** Seven in ten managed by the bench account, two where it is a member, one where it only observes. */
    static MemberRole benchRole(int n) {
        int r = n % 10;
        return r < 7 ? MemberRole.MANAGER : r < 9 ? MemberRole.MEMBER : MemberRole.OBSERVER;
    }

    static Stage stage(int n) {
        return STAGES.get(n % STAGES.size());
    }

    private void partnersAndMembers(List<Made> made) {
        var partners = new ScaleSql.Batch(
                "insert into partnership_partner (partnership_id, organisation_id, standing) values (?, ?, ?)");
        var members =
                new ScaleSql.Batch("insert into partnership_member (partnership_id, person_id, role) values (?, ?, ?)");
        for (var m : made) {
            partners.add(m.id(), m.pair().publicOrg(), "CORE");
            partners.add(m.id(), m.pair().thirdOrg(), "CORE");
            if (m.cast().consultedOrg() != m.pair().publicOrg()
                    && m.cast().consultedOrg() != m.pair().thirdOrg()) {
                partners.add(m.id(), m.cast().consultedOrg(), "CONSULTED");
            }
            members.add(m.id(), m.cast().benchPerson(), m.benchRole().name());
            var commissioner = m.benchRole() == MemberRole.MANAGER ? MemberRole.MEMBER : MemberRole.MANAGER;
            members.add(m.id(), m.pair().publicContact(), commissioner.name());
            members.add(m.id(), m.pair().thirdContact(), MemberRole.MEMBER.name());
        }
        sql.send(partners);
        sql.send(members);
    }

    /** Three months a stage: the current stage started and planned, the ones before it ended. */
    private void stagesAndAssessments(List<Made> made) {
        var stages = new ScaleSql.Batch("""
                insert into partnership_stage (partnership_id, stage, planned_start, planned_end, actual_start,
                    actual_end) values (?, ?, ?, ?, ?, ?)""");
        var answers = new ScaleSql.Batch(
                "insert into partnership_assessment_answer (partnership_id, question, evidence, rating) values (?, ?, ?, ?)");
        var begin = LocalDate.now(clock).minusMonths(9).withDayOfMonth(1);
        for (var m : made) {
            int current = Stage.LIFECYCLE.indexOf(m.stage());
            for (int s = 0; s < Stage.LIFECYCLE.size(); s++) {
                var start = begin.plusMonths(3L * s);
                var end = start.plusMonths(3).minusDays(1);
                stages.add(
                        m.id(),
                        Stage.LIFECYCLE.get(s).name(),
                        Date.valueOf(start),
                        Date.valueOf(end),
                        s <= current ? Date.valueOf(start) : null,
                        s < current ? Date.valueOf(end) : null);
            }
            if (m.stage() != Stage.EXPLORE) {
                for (var q : AssessmentQuestion.values()) {
                    answers.add(m.id(), q.name(), "Generated evidence for a load test.", "ADEQUATE");
                }
            }
        }
        sql.send(stages);
        sql.send(answers);
    }

    private void audit(List<Made> made) {
        var entries = new ScaleSql.Batch("""
                insert into platform_audit_event (occurred_at, actor, subject_type, subject_id, partnership_id,
                    action, changes) values (?, ?, 'partnership', ?, ?, 'partnership.audit.started', ?)""");
        var now = ScaleSql.at(clock.instant());
        for (var m : made) {
            var changes = Changes.create()
                    .field("partnership.audit.title", null, title(m.n()))
                    .field(
                            "partnership.audit.market",
                            null,
                            m.pair().pilot().market().labelKey())
                    .field("partnership.audit.region", null, m.pair().pilot().region());
            entries.add(now, ScaleSeeder.BENCH_EMAIL, m.id(), m.id(), changes.toString());
        }
        sql.send(entries);
    }
}
