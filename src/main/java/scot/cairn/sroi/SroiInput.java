package scot.cairn.sroi;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Table;

/** A stored input of an analysis; valid when saved (see {@link SroiRules}). */
@Table("sroi_input")
record SroiInput(String stakeholder, String description, BigDecimal cash, BigDecimal inKind) {

    Investment investment() {
        return new Investment(stakeholder, description, cash, inKind);
    }
}
