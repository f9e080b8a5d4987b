package scot.cairn.partnership;

import java.sql.Date;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Read-side SQL for a person's desk: one query, however many partnerships they take part in. */
final class DeskQueries {

    private DeskQueries() {}

    /**
     * Every open partnership the person takes part in (manager or member), with the current stage's planned end, and
     * their seat and roles from governance.
     */
    static List<Desk.Place> places(
            JdbcClient jdbc, long personId, boolean administrator, Map<Long, Seating.Seat> seats) {
        return jdbc.sql("""
                        select p.id, p.title, p.stage, m.role, s.planned_end
                        from partnership_member m
                        join partnership_partnership p on p.id = m.partnership_id
                        left join partnership_stage s on s.partnership_id = p.id and s.stage = p.stage
                        where m.person_id = ? and m.role in ('MANAGER', 'MEMBER') and p.stage <> 'CLOSED'
                        """)
                .param(personId)
                .query((rs, row) -> {
                    long id = rs.getLong("id");
                    var seat = seats.getOrDefault(id, Seating.Seat.NONE);
                    Date end = rs.getDate("planned_end");
                    return new Desk.Place(
                            id,
                            rs.getString("title"),
                            Stage.valueOf(rs.getString("stage")),
                            MemberRole.valueOf(rs.getString("role")),
                            administrator,
                            seat.board(),
                            seat.roles(),
                            end == null ? null : end.toLocalDate());
                })
                .list();
    }
}
