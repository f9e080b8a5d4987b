package scot.cairn.partnership;

/**
 * One condition that must hold before a partnership may leave a stage. Modules contribute criteria by declaring a
 * Spring bean that implements this interface; the gate page shows each one as met or not met with its reason.
 */
public interface GateCriterion {

    /** True when this criterion must be met to leave {@code from} for the next stage. */
    boolean appliesTo(Stage from);

    /**
     * Evaluates the criterion for a partnership that exists; never returns null. Its name and reason are messages
     * (bundle keys with arguments), so that each reader sees them in their own language.
     */
    CriterionResult evaluate(long partnershipId);

    /**
     * Whether the criterion is met, as {@link #evaluate} says, for lists that need no reasons (the to-do list checks
     * many partnerships at once). A module overrides it where it can answer with less reading than the reasons take.
     */
    default boolean met(long partnershipId) {
        return evaluate(partnershipId).met();
    }

    /**
     * The page where a person does what meets this criterion, for the "next steps" of a partnership's overview; the
     * gate page unless a module says better. Starts with {@code /}; never null.
     */
    default String where(long partnershipId) {
        return "/partnerships/" + partnershipId + "/gate";
    }
}
