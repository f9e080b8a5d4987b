package scot.cairn.planning;

import java.time.LocalDate;

/** A milestone as added or changed: what, when, whose, and the day it was reached (null until then). */
public record MilestoneDetails(String title, LocalDate due, Long ownerId, LocalDate reachedOn) {}
