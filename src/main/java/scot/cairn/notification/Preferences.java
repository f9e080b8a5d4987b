package scot.cairn.notification;

import java.util.EnumMap;
import java.util.Map;

/**
 * How often a person is emailed about each kind of notification, every kind present.
 *
 * @param version the version to send back with a change
 */
public record Preferences(int version, Map<NoticeKind, Frequency> choices) {

    public Preferences {
        var all = new EnumMap<NoticeKind, Frequency>(NoticeKind.class);
        for (var kind : NoticeKind.values()) {
            all.put(kind, choices.getOrDefault(kind, kind.standard()));
        }
        choices = java.util.Collections.unmodifiableMap(all);
    }

    public Frequency of(NoticeKind kind) {
        return choices.get(kind);
    }
}
