package scot.cairn.meeting;

import java.time.LocalDate;

/** An action as agreed: what is to be done, by whom (a person taking part) and by when. */
public record ActionDetails(String text, Long ownerId, LocalDate due) {}
