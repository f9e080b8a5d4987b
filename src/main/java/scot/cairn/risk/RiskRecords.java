package scot.cairn.risk;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.partnership.NumberedRecords;

/** The register's risks and issues, for links from elsewhere (an agenda item, a consultation theme). */
@Component
class RiskRecords extends NumberedRecords {

    RiskRecords(JdbcClient jdbc) {
        super(jdbc, "RISK", "risk.link.kind", "risk_risk", "R-", "risks/");
    }
}
