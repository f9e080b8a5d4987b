package scot.cairn.engagement;

import java.util.List;
import java.util.Optional;
import scot.cairn.platform.Message;

/**
 * A section another module adds to a partnership's public page, as {@link scot.cairn.partnership.GateCriterion} adds
 * to the gate: a Spring bean implementing it is asked for what it publishes whenever the page is shown. Only what the
 * partnership chose to publish belongs here: the page is for anyone, without an account.
 */
public interface PublicSection {

    /** What the module publishes for the partnership, whose page is on; empty when it has nothing to show. */
    Optional<Shown> shown(long partnershipId);

    /**
     * A section: its heading, its lines of text (messages, put in the reader's language) and its links.
     *
     * @param id the id of its heading on the page
     */
    record Shown(String id, Message heading, List<Message> lines, List<Link> links) {}

    /** A link from the section; {@code href} starts with {@code /}. */
    record Link(Message label, String href) {}
}
