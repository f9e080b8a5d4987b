package scot.cairn.tendering;

import java.time.ZonedDateTime;

/**
 * A partnership's pricing model page.
 *
 * @param pricing what is set; null before anything is
 * @param version the version read, for the next change; null before anything is set
 * @param mayEdit whether the reader may set or change it
 */
public record PricingView(PricingDetails pricing, Integer version, ZonedDateTime updatedAt, boolean mayEdit) {}
