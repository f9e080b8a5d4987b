package scot.cairn.meeting;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One item of an agenda: what it is, who presents it (a name, as people outside Cairn present too) and the minutes
 * allotted (optional). {@code standing} marks an item the meeting always has, such as the actions from the last
 * meeting; it is null for the others.
 */
@Table("meeting_agenda_item")
record AgendaItem(String title, String presenter, Integer minutes, String standing) {

    static final String ACTIONS = "ACTIONS";
}
