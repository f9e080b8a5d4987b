package scot.cairn.meeting;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One item of an agenda: what it is, who presents it (a name, as people outside Cairn present too), the minutes
 * allotted (optional) and, once minuted, the discussion. {@code itemKey} numbers the item within its meeting and stays
 * with it when it moves, so that papers, decisions and actions stay under it. {@code standing} marks an item the
 * meeting always has, such as the actions from the last meeting; it is null for the others. {@code linkKind} and
 * {@code linkId} point to the record of the partnership the item is about (a risk, a decision to be taken...), or
 * are null.
 */
@Table("meeting_agenda_item")
record AgendaItem(
        int itemKey,
        String title,
        String presenter,
        Integer minutes,
        String standing,
        String discussion,
        String linkKind,
        Long linkId) {

    static final String ACTIONS = "ACTIONS";

    AgendaItem withDiscussion(String words) {
        return new AgendaItem(itemKey, title, presenter, minutes, standing, words, linkKind, linkId);
    }
}
