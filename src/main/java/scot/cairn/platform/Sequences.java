package scot.cairn.platform;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free numbers per owner, such as D-1, D-2... in one partnership's decision log. Taking a number locks its counter
 * row until the transaction ends, so two people recording at once get different numbers and both succeed; a rolled
 * back transaction gives its number back.
 */
@Service
public class Sequences {

    private final JdbcClient jdbc;

    Sequences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next number of {@code name} for {@code ownerId}, starting at 1.
     *
     * @param name which counter, such as "governance-decision"
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String name, long ownerId) {
        // Creating the counter waits for a concurrent creator instead of failing, then the update takes its lock.
        jdbc.sql("insert into platform_sequence (name, owner_id, last_value) values (?, ?, 0) on conflict do nothing")
                .params(name, ownerId)
                .update();
        jdbc.sql("update platform_sequence set last_value = last_value + 1 where name = ? and owner_id = ?")
                .params(name, ownerId)
                .update();
        return jdbc.sql("select last_value from platform_sequence where name = ? and owner_id = ?")
                .params(name, ownerId)
                .query(Integer.class)
                .single();
    }
}
