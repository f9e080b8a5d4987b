package scot.cairn.partnership;

import java.util.List;

/**
 * A module's list of the open work a person owns, which their home page shows beside the to-do list whatever its
 * date (their tasks in the plans, say), where the to-do list shows only what is due soon. Modules implement it.
 */
public interface OwnWork {

    /** The bundle key of the list's heading. */
    String headingKey();

    /** The bundle key of the words shown when the list is empty. */
    String noneKey();

    /** The first {@code limit} open items the person owns in the partnerships on the desk, soonest due first. */
    List<Waiting> ownedIn(Desk desk, int limit);

    /** How many open items the person owns in the partnerships on the desk. */
    int countIn(Desk desk);
}
