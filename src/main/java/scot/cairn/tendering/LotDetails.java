package scot.cairn.tendering;

import java.math.BigDecimal;

/** A lot as entered: its title, what it covers (an area, a client group) and its estimated value in pounds. */
public record LotDetails(String title, String description, BigDecimal estimatedValue) {}
