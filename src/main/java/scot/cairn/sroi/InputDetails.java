package scot.cairn.sroi;

import java.math.BigDecimal;

/** An input as entered: who invested, what, and the cash and in-kind amounts in pounds. Fields may be null. */
public record InputDetails(String stakeholder, String description, BigDecimal cash, BigDecimal inKind) {}
