package scot.cairn.risk;

import java.time.LocalDate;

/** An action as added to an item: what, who does it (someone taking part) and by when (today or later). */
public record ActionDetails(String description, Long ownerId, LocalDate due) {}
