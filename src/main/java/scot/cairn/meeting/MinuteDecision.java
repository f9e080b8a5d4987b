package scot.cairn.meeting;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A decision minuted under an agenda item: one the meeting proposed to the decision log ({@code proposed}), which the
 * board then approves there under its joint rule, or one already in the log that the item discussed.
 */
@Table("meeting_minute_decision")
record MinuteDecision(int itemKey, long decisionId, boolean proposed) {}
