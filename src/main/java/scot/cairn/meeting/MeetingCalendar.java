package scot.cairn.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Meetings and dates as iCalendar (RFC 5545), written with ical4j. A meeting's times are written in UTC, which every
 * calendar shows in its reader's zone: a 10:00 meeting in Scotland is 10:00Z in winter and 09:00Z in summer, so the
 * clocks changing between meetings of a series cannot move them. Every event keeps its id however often it is
 * written, so a calendar updates it rather than adding it twice.
 */
final class MeetingCalendar {

    /** The media type of an iCalendar file. */
    static final String MEDIA_TYPE = "text/calendar";

    /** A meeting as an event: its times, words and where to read more. */
    record Event(
            String uid,
            Instant starts,
            Instant ends,
            String summary,
            String description,
            String location,
            String url,
            boolean cancelled,
            int sequence) {}

    /** A day's entry: an action or a task due. */
    record Day(String uid, LocalDate day, String summary, String description, String url) {}

    private MeetingCalendar() {}

    /**
     * A meeting as an event, named with the partnership's title, linking to its page; its sequence rises with each
     * saved change, so a calendar takes a moved meeting's new time.
     */
    static Event meeting(Meeting m, String partnershipTitle, String baseUrl) {
        var where = m.place() != null ? m.place() : m.onlineLink();
        var description = m.onlineLink() != null && m.place() != null
                ? partnershipTitle + "\n" + m.onlineLink()
                : partnershipTitle;
        return new Event(
                "cairn-meeting-" + m.id() + "@cairn",
                m.startsAt(),
                m.endsAt(),
                m.reference() + " " + m.title(),
                description,
                where,
                baseUrl + "/partnerships/" + m.partnershipId() + "/meetings/" + m.id(),
                m.cancelled(),
                m.version() == null ? 0 : m.version());
    }

    /** The calendar of {@code events} and {@code days}, as bytes in UTF-8. */
    static byte[] write(String name, List<Event> events, List<Day> days) {
        var calendar = new Calendar();
        calendar.add(new ProdId("-//Cairn//Meetings//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME", name));
        for (var e : events) {
            var event = new VEvent(e.starts(), e.ends(), e.summary());
            event.add(new Uid(e.uid()));
            event.add(new Sequence(e.sequence()));
            if (e.description() != null) {
                event.add(new Description(e.description()));
            }
            if (e.location() != null) {
                event.add(new Location(e.location()));
            }
            if (e.url() != null) {
                event.add(url(e.url()));
            }
            event.add(e.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
            calendar.add(event);
        }
        for (var d : days) {
            var event = new VEvent(d.day(), d.day().plusDays(1), d.summary());
            event.add(new Uid(d.uid()));
            if (d.description() != null) {
                event.add(new Description(d.description()));
            }
            if (d.url() != null) {
                event.add(url(d.url()));
            }
            calendar.add(event);
        }
        try (var out = new ByteArrayOutputStream()) {
            new CalendarOutputter(false).output(calendar, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Url url(String address) {
        try {
            return new Url(java.net.URI.create(address));
        } catch (IllegalArgumentException notAnAddress) {
            throw new IllegalStateException(notAnAddress);
        }
    }
}
