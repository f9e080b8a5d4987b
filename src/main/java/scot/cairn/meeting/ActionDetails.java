package scot.cairn.meeting;

import java.time.LocalDate;

/**
 * An action as agreed: what is to be done, by whom (a person taking part) and by when, and the agenda item it was
 * agreed under ({@code itemKey}, the item's number in the meeting; null for the meeting as a whole).
 */
public record ActionDetails(String text, Long ownerId, LocalDate due, Integer itemKey) {

    /** An action agreed at the meeting as a whole. */
    public ActionDetails(String text, Long ownerId, LocalDate due) {
        this(text, ownerId, due, null);
    }
}
