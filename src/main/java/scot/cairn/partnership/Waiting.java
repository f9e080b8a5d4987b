package scot.cairn.partnership;

import java.time.LocalDate;
import scot.cairn.platform.Message;

/**
 * One thing that waits, as a module found it for a person in one of their partnerships.
 *
 * @param what what to do, or what it waits on, in the reader's language once resolved; never null
 * @param href the page where one acts, starting with {@code /}; never null
 * @param due when it should be done by; null when nothing sets a date
 * @param turn {@link Turn#YOURS} or {@link Turn#OTHERS}; items of nobody's turn are not returned
 */
public record Waiting(WorkKind kind, long partnershipId, Message what, String href, LocalDate due, Turn turn) {}
