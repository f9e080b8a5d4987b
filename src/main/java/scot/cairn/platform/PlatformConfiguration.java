package scot.cairn.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module shares. */
@Configuration
class PlatformConfiguration {

    /** Partnerships run on Scottish time: "today" on a timeline is today in Scotland. */
    @Bean
    Clock clock() {
        return new PlatformClock(ZoneId.of("Europe/London"));
    }
}
