package scot.cairn.engagement;

import java.time.LocalDate;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the information-parity ledger for the services that share information: one row per piece of information
 * (per kind and source, so that sending or answering again never makes a second), with the organisations that
 * received it, and whether it was published to everyone.
 */
@Component
class ParityLedger {

    private final JdbcClient jdbc;

    ParityLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that {@code subject} reached {@code organisations} on {@code on}; the id of its ledger row. */
    @Transactional(propagation = Propagation.MANDATORY)
    long shared(
            long partnershipId,
            SharedKind kind,
            Long sourceId,
            String subject,
            LocalDate on,
            boolean published,
            Collection<Long> organisations,
            long recordedBy) {
        var existing = sourceId == null
                ? java.util.Optional.<Long>empty()
                : jdbc.sql("select id from engagement_shared where partnership_id = ? and kind = ? and source_id = ?")
                        .params(partnershipId, kind.name(), sourceId)
                        .query(Long.class)
                        .optional();
        long id;
        if (existing.isPresent()) {
            id = existing.get();
            jdbc.sql("""
                            update engagement_shared set subject = ?, published = published or ?, version = version + 1
                             where id = ?
                            """).params(cut(subject), published, id).update();
        } else {
            var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
            jdbc.sql("""
                            insert into engagement_shared
                              (version, partnership_id, kind, source_id, subject, shared_on, published, recorded_by)
                            values (0, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(partnershipId, kind.name(), sourceId, cut(subject), on, published, recordedBy)
                    .update(keys, "id");
            id = keys.getKeyAs(Number.class).longValue();
        }
        for (long organisation : organisations) {
            jdbc.sql("""
                            insert into engagement_shared_with (shared_id, organisation_id)
                            select ?, ? where not exists
                              (select 1 from engagement_shared_with where shared_id = ? and organisation_id = ?)
                            """).params(id, organisation, id, organisation).update();
        }
        return id;
    }

    /** Marks what came from {@code sourceId} as published to everyone, if it is in the ledger. */
    @Transactional(propagation = Propagation.MANDATORY)
    void published(long partnershipId, SharedKind kind, long sourceId) {
        jdbc.sql("""
                        update engagement_shared set published = true, version = version + 1
                         where partnership_id = ? and kind = ? and source_id = ?
                        """).params(partnershipId, kind.name(), sourceId).update();
    }

    private static String cut(String subject) {
        return subject.length() <= 300 ? subject : subject.substring(0, 299) + "…";
    }
}
