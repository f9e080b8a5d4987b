package scot.cairn.tendering;

import java.util.List;
import scot.cairn.partnership.Standing;

/**
 * The prior-involvement report before the tender (Public Contracts (Scotland) Regulations 2015, regulation 42): every
 * organisation that took part in designing the service and may bid, what it knew, and what was done to keep the
 * competition fair.
 *
 * @param organisations by name
 * @param open how many organisations still have something unresolved
 */
public record PriorInvolvementView(List<Organisation> organisations, int open) {

    /**
     * One organisation that may bid.
     *
     * @param standing how it takes part; null when only a declaration names it
     * @param people the declarations that name it, with their findings and measures
     * @param knew what reached it about the future service, from the information-parity ledger
     * @param ahead what reached it and not every other provider, and is not published
     * @param unresolved whether a declaration naming it waits for review or something it alone knew is neither
     *     remedied nor justified
     */
    public record Organisation(
            long id,
            String name,
            Standing standing,
            List<DeclarationView> people,
            List<Knowledge> knew,
            List<Knowledge> ahead,
            boolean unresolved) {}

    /** One piece of information from the parity ledger. */
    public record Knowledge(
            String subject,
            java.time.LocalDate sharedOn,
            boolean published,
            List<String> missing,
            scot.cairn.engagement.ParityOutcome outcome,
            String outcomeNote) {}
}
