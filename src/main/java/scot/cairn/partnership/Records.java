package scot.cairn.partnership;

import java.util.List;
import java.util.Optional;

/**
 * One kind of record in a partnership that other parts of Cairn point to, such as an agenda item about a risk or a
 * decision to be taken. The module that owns the records implements it; the caller has already decided with
 * {@link PartnershipScope} that the person reads the partnership, and passes that access.
 */
public interface Records {

    /** The kind as stored with a link to one of the records ("RISK"); never changes. */
    String kind();

    /** The bundle key of the kind's name ("Risk"). */
    String labelKey();

    /** The partnership's records to choose from, newest first, at most {@code limit}. */
    List<Ref> choices(Access access, int limit);

    /** The record {@code id}, when it is the partnership's. */
    Optional<Ref> find(Access access, long id);

    /**
     * A record as a link shows it.
     *
     * @param label its words: a {@link scot.cairn.platform.Message} or text typed by people (a title)
     * @param href its page, starting with {@code /}
     */
    record Ref(String kind, long id, Object label, String href) {

        /** The kind and id as one value, such as {@code RISK:12}, for a choice in a form or the API. */
        public String value() {
            return kind + ":" + id;
        }
    }
}
