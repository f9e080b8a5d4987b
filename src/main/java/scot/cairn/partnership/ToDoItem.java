package scot.cairn.partnership;

import java.time.LocalDate;
import scot.cairn.platform.Message;

/**
 * One line of a to-do list.
 *
 * @param what what to do or what it waits on; never null
 * @param href the page where one acts; never null
 * @param due when it should be done by, or null
 * @param overdue true when the due date has passed
 */
public record ToDoItem(
        WorkKind kind,
        long partnershipId,
        String partnershipTitle,
        Message what,
        String href,
        LocalDate due,
        boolean overdue) {}
