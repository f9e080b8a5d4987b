package scot.cairn.engagement;

import java.util.List;

/**
 * Whether the partnership's public page is on, on whose decision, and (for managers) the board's approved decisions
 * that may stand behind turning it on.
 *
 * @param decision the reference and title of the decision it was turned on by, or null
 * @param href the page's path, for linking, whether on or off
 */
public record PublicPageView(
        long partnershipId,
        int version,
        boolean enabled,
        String decision,
        String href,
        boolean mayChange,
        List<Choice> decisions) {

    /** An approved decision of the board: its id and "D-3 Title". */
    public record Choice(long id, String label) {}
}
