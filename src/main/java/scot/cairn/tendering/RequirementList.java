package scot.cairn.tendering;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every requirement of a partnership with its evidence, by number, for reading only: two queries however many there
 * are, where the repository would ask once more for each requirement's evidence.
 */
final class RequirementList {

    private RequirementList() {}

    static List<Requirement> of(JdbcClient jdbc, long partnershipId) {
        var evidence = new HashMap<Long, Set<Evidence>>();
        jdbc.sql("""
                        select e.requirement_id, e.kind, e.record_id
                          from tendering_requirement_evidence e
                          join tendering_requirement r on r.id = e.requirement_id
                         where r.partnership_id = ?""").param(partnershipId).query(rs -> {
            evidence.computeIfAbsent(rs.getLong(1), k -> new HashSet<>())
                    .add(new Evidence(rs.getString(2), rs.getLong(3)));
        });
        return jdbc.sql("""
                        select id, version, partnership_id, number, section, text from tendering_requirement
                         where partnership_id = ? order by number""")
                .param(partnershipId)
                .query((rs, n) -> new Requirement(
                        rs.getLong("id"),
                        rs.getInt("version"),
                        rs.getLong("partnership_id"),
                        rs.getInt("number"),
                        SpecSection.valueOf(rs.getString("section")),
                        rs.getString("text"),
                        evidence.getOrDefault(rs.getLong("id"), Set.of())))
                .list();
    }
}
