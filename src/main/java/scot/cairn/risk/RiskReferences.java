package scot.cairn.risk;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import scot.cairn.governance.RiskRegister;

/** Answers the decision log's question: which item of a register a risk number names. */
@Component
class RiskReferences implements RiskRegister {

    private final JdbcClient jdbc;

    RiskReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> title(long partnershipId, long number) {
        return jdbc.sql("select title from risk_risk where partnership_id = ? and number = ?")
                .params(partnershipId, number)
                .query(String.class)
                .optional();
    }
}
