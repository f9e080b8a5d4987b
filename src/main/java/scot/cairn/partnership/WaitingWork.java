package scot.cairn.partnership;

import java.util.List;

/**
 * The question behind every to-do list: what, in these partnerships, waits on this person, and what are they waiting
 * on from others? Each module that owns sign-offs answers it for its own records by declaring a Spring bean, with one
 * SQL query however many partnerships the desk holds (never one per partnership). Who may act comes from the {@link
 * Desk} (the access model), never from the module's own reading of roles or seats.
 */
public interface WaitingWork {

    /**
     * What waits in the desk's partnerships, on the person ({@link Turn#YOURS}) or on others after the person's part
     * ({@link Turn#OTHERS}); never null, never items of {@link Turn#NONE}. Returns nothing when the desk is empty.
     */
    List<Waiting> waitingIn(Desk desk);
}
