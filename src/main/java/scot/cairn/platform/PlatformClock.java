package scot.cairn.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;

/**
 * Scotland's time, for every service. One thread may run steps as of an earlier moment ({@link #asOf}), so that demo
 * data tells a partnership's story with the dates it happened on (an MoU signed before the gate it opens); every other
 * thread keeps the real time throughout.
 */
public final class PlatformClock extends Clock {

    private static final ThreadLocal<Duration> SHIFT = ThreadLocal.withInitial(() -> Duration.ZERO);

    private final Clock system;

    PlatformClock(ZoneId zone) {
        this.system = Clock.system(zone);
    }

    /** Runs {@code steps} on this thread with the clock reading {@code when} at their start; time then runs on. */
    public static <T> T asOf(Instant when, Supplier<T> steps) {
        var before = SHIFT.get();
        SHIFT.set(Duration.between(Instant.now(), when));
        try {
            return steps.get();
        } finally {
            SHIFT.set(before);
        }
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new PlatformClock(zone);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(SHIFT.get());
    }
}
