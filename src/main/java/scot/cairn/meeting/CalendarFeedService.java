package scot.cairn.meeting;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import scot.cairn.identity.AccountService;
import scot.cairn.identity.CurrentUser;
import scot.cairn.partnership.PartnershipScope;
import scot.cairn.partnership.ToDoService;
import scot.cairn.platform.Changes;
import scot.cairn.platform.NotFoundException;

/**
 * A person's calendar feed: an address with a secret in it that a calendar program reads without signing in, giving
 * the meetings that invite them (from three months back), the open actions they own and the due dates of the other
 * open work they own (tasks). Only the SHA-256 of the secret is kept, so the address is shown once, when it is made;
 * making a new one stops the old, and the person may stop the feed altogether. The feed shows only what the person
 * may read now: a partnership they left drops out at once.
 */
@Service
public class CalendarFeedService {

    /** Meetings, actions and other dated items in one feed, each. */
    static final int FEED_ITEMS = 500;

    /** How far back the feed's meetings go. */
    static final Duration HISTORY = Duration.ofDays(92);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MeetingSupport support;
    private final AccountService accounts;
    private final PartnershipScope scope;
    private final ToDoService toDo;
    private final MeetingRepository meetings;
    private final String baseUrl;

    CalendarFeedService(
            MeetingSupport support,
            AccountService accounts,
            PartnershipScope scope,
            ToDoService toDo,
            MeetingRepository meetings,
            @Value("${cairn.base-url}") String baseUrl) {
        this.support = support;
        this.accounts = accounts;
        this.scope = scope;
        this.toDo = toDo;
        this.meetings = meetings;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** When the person's feed was made, or empty when they have none. */
    @Transactional(readOnly = true)
    public Optional<Instant> madeAt(CurrentUser user) {
        return support.jdbc()
                .sql("select created_at from meeting_calendar_feed where person_id = ?")
                .param(user.personId())
                .query((rs, n) -> rs.getTimestamp(1).toInstant())
                .optional();
    }

    /** Makes the person a new feed address, stopping any earlier one; the address's path, to show once. */
    @Transactional
    public String make(CurrentUser user) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        support.jdbc()
                .sql("delete from meeting_calendar_feed where person_id = ?")
                .param(user.personId())
                .update();
        try {
            support.jdbc()
                    .sql("insert into meeting_calendar_feed (person_id, token_hash, created_at) values (?, ?, ?)")
                    .params(
                            user.personId(),
                            hash(token),
                            Timestamp.from(support.clock().instant()))
                    .update();
        } catch (org.springframework.dao.DuplicateKeyException sameMomentElsewhere) {
            // The person made an address at the same moment in another tab: that one stands.
            throw new scot.cairn.platform.ConcurrentChangeException("calendar feed");
        }
        support.audit().record("calendar-feed", user.personId(), null, "meeting.audit.feedMade", Changes.create());
        return "/calendar/feeds/" + token + ".ics";
    }

    /** Stops the person's feed: its address no longer answers. */
    @Transactional
    public void stop(CurrentUser user) {
        int gone = support.jdbc()
                .sql("delete from meeting_calendar_feed where person_id = ?")
                .param(user.personId())
                .update();
        if (gone > 0) {
            support.audit()
                    .record("calendar-feed", user.personId(), null, "meeting.audit.feedStopped", Changes.create());
        }
    }

    /**
     * The feed behind {@code token}, in the person's language.
     *
     * @throws NotFoundException when no feed has that secret (never made, replaced or stopped)
     */
    @Transactional(readOnly = true)
    public byte[] feed(String token) {
        if (token == null || token.length() > 100) {
            throw new NotFoundException("Calendar");
        }
        var person = support.jdbc()
                .sql("select person_id from meeting_calendar_feed where token_hash = ?")
                .param(hash(token))
                .query(Long.class)
                .optional()
                .flatMap(accounts::userOf)
                .orElseThrow(() -> new NotFoundException("Calendar"));
        return write(person);
    }

    private byte[] write(CurrentUser user) {
        var titles = new HashMap<Long, Optional<String>>();
        var readable = new HashMap<Long, Boolean>();
        java.util.function.LongPredicate reads = p -> readable.computeIfAbsent(p, x -> scope.reads(x, user));
        var events = new ArrayList<MeetingCalendar.Event>();
        var since = support.clock().instant().minus(HISTORY);
        var ids = support.jdbc()
                .sql("select m.id from meeting_meeting m join meeting_invitee i on i.meeting_id = m.id"
                        + " where i.person_id = ? and m.starts_at >= ? order by m.starts_at"
                        + " fetch first " + FEED_ITEMS + " rows only")
                .params(user.personId(), Timestamp.from(since))
                .query(Long.class)
                .list();
        for (var m : meetings.findAllById(ids)) {
            boolean guest = m.invitees().stream()
                    .anyMatch(v -> v.guest() && v.personId() != null && v.personId() == user.personId());
            // Each meeting on its own access: a guest's meeting counts even where the person reads no other.
            if (guest || reads.test(m.partnershipId())) {
                var title = titles.computeIfAbsent(
                        m.partnershipId(),
                        p -> Optional.of(scope.requireReadOrGuest(p, user, true)
                                .partnership()
                                .title()));
                events.add(MeetingCalendar.meeting(m, title.orElse(""), baseUrl));
            }
        }
        var days = new ArrayList<MeetingCalendar.Day>();
        var locale = support.locale(user);
        var actions = support.jdbc()
                .sql("select id, partnership_id, meeting_id, number, text, due from meeting_action"
                        + " where owner_id = ? and done_on is null order by due, number"
                        + " fetch first " + FEED_ITEMS + " rows only")
                .param(user.personId())
                .query((rs, n) -> new Object[] {
                    rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getDate(6)
                })
                .list();
        for (var a : actions) {
            long partnership = (Long) a[1];
            if (!reads.test(partnership)) {
                continue;
            }
            var title = titles.computeIfAbsent(
                    partnership,
                    p -> Optional.of(scope.requireRead(p, user).partnership().title()));
            days.add(new MeetingCalendar.Day(
                    "cairn-action-" + a[0] + "@cairn",
                    ((java.sql.Date) a[5]).toLocalDate(),
                    support.messages()
                            .getMessage(
                                    scot.cairn.platform.Message.of("meeting.feed.action", "A-" + a[3], a[4]), locale),
                    title.orElse(""),
                    baseUrl + "/partnerships/" + partnership + "/meetings/" + a[2]));
        }
        for (var item : toDo.owned(user, FEED_ITEMS)) {
            if (item.due() != null) {
                days.add(new MeetingCalendar.Day(
                        "cairn-" + Integer.toHexString(item.href().hashCode()) + "-" + item.kind() + "@cairn",
                        item.due(),
                        support.messages().getMessage(item.what(), locale),
                        item.partnershipTitle(),
                        baseUrl + item.href()));
            }
        }
        var name = support.messages()
                .getMessage(scot.cairn.platform.Message.of("meeting.feed.name", user.fullName()), locale);
        return MeetingCalendar.write(name, events, days);
    }

    private static String hash(String token) {
        return scot.cairn.platform.FileType.sha256(token.getBytes(StandardCharsets.UTF_8));
    }
}
