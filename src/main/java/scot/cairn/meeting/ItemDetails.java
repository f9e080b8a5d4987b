package scot.cairn.meeting;

/**
 * An agenda item as added or changed: what it is, who presents it, the minutes allotted (optional) and the record it is
 * about (optional): {@code link} is the record's kind and id, such as {@code RISK:12}, as the meeting's link choices
 * give them.
 */
public record ItemDetails(String title, String presenter, Integer minutes, String link) {

    /** An item about no record in particular. */
    public ItemDetails(String title, String presenter, Integer minutes) {
        this(title, presenter, minutes, null);
    }
}
