package scot.cairn.partnership;

/** A line in a list of partnerships. {@code role} is the viewer's role, or null when they are not a member. */
public record PartnershipSummary(
        long id, String title, Market market, String region, Stage stage, String leadPartnerName, MemberRole role) {}
