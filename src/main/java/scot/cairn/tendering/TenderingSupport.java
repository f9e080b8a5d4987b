package scot.cairn.tendering;

import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.platform.AuditTrail;

/** What the module's services lean on besides their own records: the audit trail, the clock, read queries,
 * JSON and numbering. */
@Component
record TenderingSupport(
        AuditTrail audit,
        Clock clock,
        JdbcClient jdbc,
        tools.jackson.databind.json.JsonMapper json,
        scot.cairn.platform.Sequences sequences) {

    /**
     * Locks a tender's row until the transaction ends, before reading it: changes to its lots and questions and the
     * request to publish it then happen one after another, each seeing the other's result.
     */
    void lockTender(long tenderId) {
        jdbc.sql("select id from tendering_tender where id = ? for update")
                .param(tenderId)
                .query(Long.class)
                .optional();
    }
}
