package scot.cairn.partnership;

import scot.cairn.platform.Message;

/**
 * One step towards the next gate, from one of its criteria: done when the criterion is met.
 *
 * @param what the criterion, as the gate names it; never null
 * @param why why it is or is not met; never null
 * @param href where it is met; never null
 */
public record NextStep(Message what, Message why, String href, boolean done) {}
