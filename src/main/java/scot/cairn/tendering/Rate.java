package scot.cairn.tendering;

import java.math.BigDecimal;
import org.springframework.data.relational.core.mapping.Table;

/** One line of a rate card, as checked and stored. */
@Table("tendering_rate")
record Rate(String item, String unit, BigDecimal price) {}
