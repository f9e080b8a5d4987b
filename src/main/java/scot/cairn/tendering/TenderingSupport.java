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
        scot.cairn.platform.Sequences sequences) {}
