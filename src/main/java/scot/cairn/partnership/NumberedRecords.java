package scot.cairn.partnership;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link Records} kept in a table with {@code id}, {@code partnership_id}, {@code number} and {@code title} columns and
 * shown as "R-3 Title" (risks, decisions, tasks): the owning module names the table, the prefix and the page.
 */
public abstract class NumberedRecords implements Records {

    private final JdbcClient jdbc;
    private final String kind;
    private final String labelKey;
    private final String table;
    private final String prefix;
    private final String path;

    /**
     * @param table a table name written here by the module, never from input
     * @param path the page of one record under {@code /partnerships/{id}/}, such as {@code risks/}
     */
    protected NumberedRecords(JdbcClient jdbc, String kind, String labelKey, String table, String prefix, String path) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.labelKey = labelKey;
        this.table = table;
        this.prefix = prefix;
        this.path = path;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public String labelKey() {
        return labelKey;
    }

    @Override
    public List<Ref> choices(Access access, int limit) {
        return jdbc.sql("select id, number, title from " + table + " where partnership_id = ? order by number desc"
                        + " fetch first " + limit + " rows only")
                .param(access.id())
                .query((rs, n) -> ref(access.id(), rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    @Override
    public Optional<Ref> find(Access access, long id) {
        return jdbc.sql("select id, number, title from " + table + " where partnership_id = ? and id = ?")
                .params(access.id(), id)
                .query((rs, n) -> ref(access.id(), rs.getLong(1), rs.getLong(2), rs.getString(3)))
                .optional();
    }

    private Ref ref(long partnershipId, long id, long number, String title) {
        return new Ref(kind, id, prefix + number + " " + title, "/partnerships/" + partnershipId + "/" + path + id);
    }
}
