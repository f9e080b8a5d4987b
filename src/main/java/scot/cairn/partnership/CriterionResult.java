package scot.cairn.partnership;

import scot.cairn.platform.Message;

/**
 * Whether one gate criterion is met, and why or why not, in words a partner understands, as messages put into the
 * reader's language by the page or the API. Arguments are plain values (numbers, text), not other messages: a passed
 * gate's criteria travel in {@link StageAdvanced}, which the event registry keeps as JSON.
 *
 * @param name what the criterion asks for, such as "The appropriateness assessment says go"; never null
 * @param why why it is or is not met; never null
 */
public record CriterionResult(Message name, boolean met, Message why) {

    public static CriterionResult met(Message criterion, Message reason) {
        return new CriterionResult(criterion, true, reason);
    }

    public static CriterionResult notMet(Message criterion, Message reason) {
        return new CriterionResult(criterion, false, reason);
    }

    /**
     * For criteria whose words are not in a bundle yet: each text is a bundle key without arguments, or words shown as
     * they are until they move into a bundle.
     */
    public static CriterionResult met(String criterion, String reason) {
        return met(Message.of(criterion), Message.of(reason));
    }

    /** As {@link #met(String, String)}, for a criterion not met. */
    public static CriterionResult notMet(String criterion, String reason) {
        return notMet(Message.of(criterion), Message.of(reason));
    }

    /**
     * The criterion's key, or its words when they are not in a bundle yet, for code written before the bundles; pages
     * show {@link #name()} in the reader's language.
     */
    public String criterion() {
        return name.key();
    }

    /** As {@link #criterion()}, for the reason. */
    public String reason() {
        return why.key();
    }
}
