package scot.cairn.tendering;

/**
 * A community benefit requirement as entered: its kind, what is required, how it is measured and the target, and
 * whether bidders must commit to it (mandatory) or are scored on what they offer.
 */
public record BenefitDetails(
        BenefitCategory category, String description, String measure, String target, Boolean mandatory) {}
