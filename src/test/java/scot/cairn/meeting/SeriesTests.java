package scot.cairn.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SeriesTests {

    @Test
    void aMonthlyBoardKeepsItsTimeOfDayAcrossTheClocksChange() {
        var starts = Series.starts(LocalDateTime.of(2027, 2, 10, 10, 0), Repeat.MONTHLY, 3);

        assertThat(starts)
                .extracting(ZonedDateTime::toLocalDateTime)
                .containsExactly(
                        LocalDateTime.of(2027, 2, 10, 10, 0),
                        LocalDateTime.of(2027, 3, 10, 10, 0),
                        LocalDateTime.of(2027, 4, 10, 10, 0));
        // 10:00 GMT in March is 10:00 UTC; 10:00 BST in April is 09:00 UTC.
        assertThat(starts.get(1).toInstant().toString()).isEqualTo("2027-03-10T10:00:00Z");
        assertThat(starts.get(2).toInstant().toString()).isEqualTo("2027-04-10T09:00:00Z");
    }

    @Test
    void aMonthlyMeetingOnThe31stFallsOnTheLastDayOfShorterMonths() {
        assertThat(Series.starts(LocalDateTime.of(2027, 1, 31, 14, 0), Repeat.MONTHLY, 4))
                .extracting(s -> s.toLocalDate().toString())
                .containsExactly("2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30");
    }

    @Test
    void weeksFortnightsFourWeeksAndQuarters() {
        var first = LocalDateTime.of(2027, 1, 5, 9, 30);
        assertThat(Series.starts(first, Repeat.WEEKLY, 2))
                .extracting(s -> s.toLocalDate().toString())
                .containsExactly("2027-01-05", "2027-01-12");
        assertThat(Series.starts(first, Repeat.FORTNIGHTLY, 2))
                .extracting(s -> s.toLocalDate().toString())
                .containsExactly("2027-01-05", "2027-01-19");
        assertThat(Series.starts(first, Repeat.FOUR_WEEKLY, 2))
                .extracting(s -> s.toLocalDate().toString())
                .containsExactly("2027-01-05", "2027-02-02");
        assertThat(Series.starts(first, Repeat.QUARTERLY, 3))
                .extracting(s -> s.toLocalDate().toString())
                .containsExactly("2027-01-05", "2027-04-05", "2027-07-05");
    }

    @Test
    void aOneOffMeetingIsOneWhateverTheCount() {
        assertThat(Series.starts(LocalDateTime.of(2027, 1, 5, 9, 30), Repeat.ONCE, 12))
                .hasSize(1);
    }
}
