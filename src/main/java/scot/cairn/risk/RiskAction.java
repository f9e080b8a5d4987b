package scot.cairn.risk;

import java.time.LocalDate;
import org.springframework.data.relational.core.mapping.Table;

/** Something being done about an item: by whom and by when, and the day it was done (null until then). */
@Table("risk_action")
record RiskAction(String description, long ownerId, LocalDate due, LocalDate doneOn) {

    RiskAction done(LocalDate on) {
        return new RiskAction(description, ownerId, due, on);
    }
}
