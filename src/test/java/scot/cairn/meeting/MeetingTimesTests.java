package scot.cairn.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import scot.cairn.platform.InvalidInputException;

class MeetingTimesTests {

    @Test
    void readsTheWaysPeopleWriteATime() {
        assertThat(MeetingTimes.parse("starts", "14:30")).isEqualTo(LocalTime.of(14, 30));
        assertThat(MeetingTimes.parse("starts", "9:00")).isEqualTo(LocalTime.of(9, 0));
        assertThat(MeetingTimes.parse("starts", "10.00")).isEqualTo(LocalTime.of(10, 0));
        assertThat(MeetingTimes.parse("starts", "10am")).isEqualTo(LocalTime.of(10, 0));
        assertThat(MeetingTimes.parse("starts", "2:30 PM")).isEqualTo(LocalTime.of(14, 30));
        assertThat(MeetingTimes.parse("starts", "12 pm")).isEqualTo(LocalTime.of(12, 0));
        assertThat(MeetingTimes.parse("starts", "12.15 a.m.")).isEqualTo(LocalTime.of(0, 15));
        assertThat(MeetingTimes.parse("starts", " ")).isNull();
        assertThat(MeetingTimes.show(LocalTime.of(9, 5))).isEqualTo("09:05");
    }

    @Test
    void refusesWhatIsNotATimeOnItsField() {
        for (var bad : new String[] {"25:00", "10:75", "13pm", "ten", "10", "1030"}) {
            assertThatThrownBy(() -> MeetingTimes.parse("ends", bad))
                    .as(bad)
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.fieldErrors().get("ends").key()).isEqualTo("meeting.edit.timeInvalid"));
        }
    }
}
