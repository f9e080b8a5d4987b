package scot.cairn.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import scot.cairn.governance.GovernanceFixture;
import scot.cairn.platform.NotFoundException;
import scot.cairn.support.CairnTest;
import scot.cairn.support.DemoUsers;

/** The iCalendar Cairn writes parses, and its times are Scotland's on both sides of a clocks change. */
@CairnTest
class CalendarIntegrationTests {

    static final ZoneId SCOTLAND = ZoneId.of("Europe/London");

    @Autowired
    GovernanceFixture governance;

    @Autowired
    DemoUsers users;

    @Autowired
    MeetingService meetings;

    @Autowired
    ActionService actions;

    @Autowired
    CalendarFeedService feeds;

    @Test
    void aWeeklyBoardAcrossTheMarchClockChangeStaysAtTenInTheFeedWithTheActionsDue() throws Exception {
        long id = governance.newPartnership();
        long board = governance.board(id);
        var fiona = users.current(DemoUsers.FIONA);
        var david = users.current(DemoUsers.DAVID);
        // Clocks go forward on Sunday 28 March 2027: the 25 March meeting is on GMT, the 1 April one on BST.
        var series = meetings.schedule(
                id,
                new MeetingDetails(
                        board,
                        "Board",
                        LocalDate.of(2027, 3, 25),
                        LocalTime.of(10, 0),
                        LocalTime.of(11, 30),
                        "Falkirk",
                        null,
                        null,
                        null,
                        null,
                        Repeat.WEEKLY,
                        2),
                fiona);
        actions.agree(
                id,
                series.get(0).id(),
                new ActionDetails("Book the hall", david.personId(), LocalDate.of(2027, 4, 20)),
                fiona);
        String path = feeds.make(david);
        String token = path.substring("/calendar/feeds/".length(), path.length() - ".ics".length());
        String text = new String(feeds.feed(token), StandardCharsets.UTF_8);
        assertThat(text).contains("DTSTART:20270325T100000Z", "DTSTART:20270401T090000Z");

        var calendar = new CalendarBuilder().build(new StringReader(text));
        var events = calendar.<VEvent>getComponents(Component.VEVENT);
        for (var m : series) {
            var event = events.stream()
                    .filter(e -> e.getUid().orElseThrow().getValue().equals("cairn-meeting-" + m.id() + "@cairn"))
                    .findFirst()
                    .orElseThrow();
            var start = local(event.getDateTimeStart().getDate());
            var end = local(event.getDateTimeEnd().getDate());
            assertThat(start.toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(end.toLocalTime()).isEqualTo(LocalTime.of(11, 30));
            assertThat(event.getSummary().getValue()).isEqualTo(m.reference() + " Board");
        }
        assertThat(events)
                .anySatisfy(e -> assertThat(e.getSummary().getValue()).isEqualTo("Action A-1 due: Book the hall"));

        String again = feeds.make(david);
        assertThat(again).isNotEqualTo(path);
        assertThatThrownBy(() -> feeds.feed(token)).as("the old address stops").isInstanceOf(NotFoundException.class);
        var morven = users.current(DemoUsers.MORVEN);
        String theirs = feeds.make(morven);
        String theirText = new String(
                feeds.feed(theirs.substring("/calendar/feeds/".length(), theirs.length() - 4)), StandardCharsets.UTF_8);
        assertThat(theirText).as("an outsider's feed").doesNotContain("Board", "Book the hall");
    }

    /** A DTSTART or DTEND as the time in Scotland. */
    static LocalDateTime local(Temporal t) {
        if (t instanceof java.time.Instant i) {
            return i.atZone(SCOTLAND).toLocalDateTime();
        }
        if (t instanceof java.time.ZonedDateTime z) {
            return z.withZoneSameInstant(SCOTLAND).toLocalDateTime();
        }
        if (t instanceof java.time.OffsetDateTime o) {
            return o.atZoneSameInstant(SCOTLAND).toLocalDateTime();
        }
        throw new AssertionError("Not a moment in time: " + t);
    }
}
