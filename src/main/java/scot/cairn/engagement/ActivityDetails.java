package scot.cairn.engagement;

import java.time.LocalDate;

/**
 * A communications activity as planned or changed: what it is, the audience and channel (from the plan's, optional),
 * its owner (someone who takes part), its date and, when changed, its status (null keeps it as it is).
 */
public record ActivityDetails(
        String title, String audience, String channel, Long ownerId, LocalDate due, ActivityStatus status) {}
