package scot.cairn.meeting;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A meeting as scheduled or changed, in Scotland's time. {@code groupId}, {@code repeat} and {@code count} are read
 * only when scheduling: the group whose meeting it is, and how many meetings of a series to schedule at once.
 * A meeting has a place, an online link or both; {@code stepFree}, {@code hearingLoop} and {@code accessNotes} say how
 * the venue is accessible (interpreters, say).
 */
public record MeetingDetails(
        Long groupId,
        String title,
        LocalDate date,
        LocalTime starts,
        LocalTime ends,
        String place,
        String onlineLink,
        Boolean stepFree,
        Boolean hearingLoop,
        String accessNotes,
        Repeat repeat,
        Integer count) {}
