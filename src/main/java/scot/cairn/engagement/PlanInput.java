package scot.cairn.engagement;

import java.util.Arrays;
import java.util.List;
import scot.cairn.platform.InvalidInputException;

/** The rules for what the plan and its activities say, the same on the pages and in the API. */
final class PlanInput {

    static final int PURPOSE = 4000;
    static final int NAME = 200;
    static final int MESSAGE = 500;

    private PlanInput() {}

    /** The non-blank lines of {@code text}, each stripped. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
    }

    /** @throws InvalidInputException naming each field that breaks a rule */
    static void check(PlanDetails d) {
        var inside = lines(d.audiencesInside());
        var outside = lines(d.audiencesOutside());
        var messages = lines(d.messages());
        var channels = lines(d.channels());
        var errors = new InvalidInputException.Collector()
                .rejectIf(
                        d.purpose() != null && d.purpose().strip().length() > PURPOSE,
                        "purpose",
                        "engagement.plan.purposeTooLong",
                        PURPOSE)
                .rejectIf(tooLong(inside, NAME), "audiencesInside", "engagement.plan.lineTooLong", NAME)
                .rejectIf(tooLong(outside, NAME), "audiencesOutside", "engagement.plan.lineTooLong", NAME)
                .rejectIf(tooLong(messages, MESSAGE), "messages", "engagement.plan.lineTooLong", MESSAGE)
                .rejectIf(tooLong(channels, NAME), "channels", "engagement.plan.lineTooLong", NAME)
                .rejectIf(
                        inside.size() + outside.size() > EngagementLimits.AUDIENCES.max(),
                        "audiencesInside",
                        EngagementLimits.AUDIENCES.rule(),
                        EngagementLimits.AUDIENCES.max())
                .rejectIf(
                        messages.size() > EngagementLimits.MESSAGES.max(),
                        "messages",
                        EngagementLimits.MESSAGES.rule(),
                        EngagementLimits.MESSAGES.max())
                .rejectIf(
                        channels.size() > EngagementLimits.CHANNELS.max(),
                        "channels",
                        EngagementLimits.CHANNELS.rule(),
                        EngagementLimits.CHANNELS.max());
        errors.throwIfAny();
    }

    /** @throws InvalidInputException naming each field that breaks a rule; the owner is checked by the service */
    static void check(ActivityDetails d) {
        new InvalidInputException.Collector()
                .rejectIf(blank(d.title()), "title", "engagement.activity.titleMissing")
                .rejectIf(
                        d.title() != null && d.title().strip().length() > NAME,
                        "title",
                        "engagement.activity.titleTooLong",
                        NAME)
                .rejectIf(d.ownerId() == null, "ownerId", "engagement.activity.ownerMissing")
                .rejectIf(d.due() == null, "due", "engagement.activity.dueMissing")
                .throwIfAny();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    private static boolean tooLong(List<String> lines, int max) {
        return lines.stream().anyMatch(l -> l.length() > max);
    }
}
