package scot.cairn.planning;

/**
 * A work package as the plan shows it, with how many tasks it holds and how far they are done on average.
 * {@code leadName} is null for someone no longer in the partnership.
 */
public record WorkPackageView(
        long id,
        int version,
        String reference,
        String title,
        String workstream,
        long leadId,
        String leadName,
        int tasks,
        int percent) {}
