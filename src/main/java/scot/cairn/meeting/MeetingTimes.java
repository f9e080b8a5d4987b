package scot.cairn.meeting;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import scot.cairn.platform.InvalidInputException;

/**
 * Times of day as people type them on a form: 14:30, 9:00, 10.00, 10am, 2:30 pm, 2.30PM. Shown back as 14:30, the
 * same in every language.
 */
public final class MeetingTimes {

    private static final Pattern TIME =
            Pattern.compile("(\\d{1,2})(?:[:.](\\d{2}))?\\s*(am|pm|a\\.m\\.|p\\.m\\.)?", Pattern.CASE_INSENSITIVE);

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm");

    private MeetingTimes() {}

    /**
     * The time typed in {@code field}, or null when nothing was typed.
     *
     * @throws InvalidInputException on {@code field} when it is not a time of day
     */
    public static LocalTime parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        var m = TIME.matcher(text.strip());
        if (m.matches()) {
            int hour = Integer.parseInt(m.group(1));
            int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
            var half = m.group(3) == null
                    ? null
                    : m.group(3).toLowerCase(Locale.ROOT).replace(".", "");
            boolean valid = minute < 60 && (half == null ? hour < 24 && (m.group(2) != null) : hour >= 1 && hour <= 12);
            if (valid) {
                if ("pm".equals(half) && hour < 12) {
                    hour += 12;
                } else if ("am".equals(half) && hour == 12) {
                    hour = 0;
                }
                return LocalTime.of(hour, minute);
            }
        }
        throw InvalidInputException.of(field, "meeting.edit.timeInvalid");
    }

    /** 14:30. */
    public static String show(LocalTime time) {
        return time == null ? null : time.format(SHOWN);
    }
}
