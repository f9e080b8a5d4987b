package scot.cairn.notification.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import scot.cairn.identity.CurrentUser;
import scot.cairn.notification.Frequency;
import scot.cairn.notification.NoticeKind;
import scot.cairn.notification.NoticeView;
import scot.cairn.notification.NotificationService;
import scot.cairn.notification.PreferenceService;
import scot.cairn.notification.Preferences;
import scot.cairn.platform.web.Texts;

/** The caller's notifications and email choices. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Notifications", description = "What Cairn has told you, and how often it emails you about each kind")
class NotificationApi {

    private final NotificationService notifications;
    private final PreferenceService preferences;
    private final Texts texts;

    NotificationApi(NotificationService notifications, PreferenceService preferences, Texts texts) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.texts = texts;
    }

    /** One notification; {@code text} is in the language of the request's Accept-Language. */
    record NoticeResource(
            long id, long partnershipId, NoticeKind kind, String text, String href, Instant createdAt, boolean read) {}

    /** One page of notifications (25 at most), latest first. */
    record InboxResource(List<NoticeResource> notifications, long total, long unread, int page, int pages) {}

    /** How often you are emailed about each kind; send {@code version} back with a change. */
    record PreferencesResource(int version, Map<NoticeKind, Frequency> choices) {
        static PreferencesResource of(Preferences p) {
            return new PreferencesResource(p.version(), p.choices());
        }
    }

    /** A change of choices: the version read and the kinds to change. */
    record PreferencesChange(Integer version, Map<NoticeKind, Frequency> choices) {}

    @GetMapping("/notifications")
    @Operation(summary = "Your notifications, latest first, 25 a page (page from 1)")
    InboxResource inbox(@RequestParam(defaultValue = "1") int page, CurrentUser user) {
        var inbox = notifications.inbox(user, page);
        return new InboxResource(
                inbox.notices().stream().map(this::resource).toList(),
                inbox.total(),
                inbox.unread(),
                inbox.page(),
                inbox.pages());
    }

    @PostMapping("/notifications/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Mark one notification read",
            description = "Marking read only ever moves a notification from unread to read, so it needs no version;"
                    + " someone else's notification is 404.")
    void read(@PathVariable long id, CurrentUser user) {
        notifications.markRead(user, id);
    }

    @PostMapping("/notifications/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark all your notifications read")
    void readAll(CurrentUser user) {
        notifications.markAllRead(user);
    }

    @GetMapping("/notification-preferences")
    @Operation(summary = "How often Cairn emails you about each kind of notification")
    PreferencesResource preferences(CurrentUser user) {
        return PreferencesResource.of(preferences.of(user));
    }

    @PutMapping("/notification-preferences")
    @Operation(
            summary = "Change how often Cairn emails you",
            description = "Send the version you read and the kinds to change, e.g. {\"version\": 2, \"choices\":"
                    + " {\"PERIOD_APPROVED\": \"NEVER\"}}. Kinds left out keep their choice. Without a version 428,"
                    + " with a stale one 409.")
    PreferencesResource change(@RequestBody PreferencesChange change, CurrentUser user) {
        var choices = change.choices() == null ? Map.<NoticeKind, Frequency>of() : change.choices();
        return PreferencesResource.of(preferences.save(user, change.version(), choices));
    }

    private NoticeResource resource(NoticeView n) {
        return new NoticeResource(
                n.id(), n.partnershipId(), n.kind(), texts.of(n.text()), n.href(), n.createdAt(), n.read());
    }
}
