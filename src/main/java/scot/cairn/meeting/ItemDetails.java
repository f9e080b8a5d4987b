package scot.cairn.meeting;

/** An agenda item as added or changed: what it is, who presents it, and the minutes allotted (optional). */
public record ItemDetails(String title, String presenter, Integer minutes) {}
