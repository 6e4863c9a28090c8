package org.reex.demo;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.reex.shared.ClockFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The application's clock when demo data is on: the system clock, except on a thread that the demo loader has sent
 * back in time, where it runs from that moment on. Every service then stamps what the loader drives through it (a
 * lot's publication, custody events, a report's acceptance and so its statistics month) with the past moment, on
 * that thread only: requests and scheduled jobs on other threads keep the real time. {@link DemoTime} moves the
 * database's clock along with it.
 */
final class DemoClock extends Clock {

    private final Clock system;
    private final ThreadLocal<Duration> offset = new ThreadLocal<>();

    DemoClock(Clock system) {
        this.system = system;
    }

    /** From now on this thread's clock reads {@code at}, and runs on from there. */
    void travelTo(Instant at) {
        offset.set(Duration.between(system.instant(), at));
    }

    void backToNow() {
        offset.remove();
    }

    @Override
    public Instant instant() {
        Duration shift = offset.get();
        Instant now = system.instant();
        // In whole microseconds, like the app's own clock (ClockFactory): what DATETIME(6) keeps.
        return (shift == null ? now : now.plus(shift)).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the demo clock is UTC");
    }

    @Factory
    @Requires(property = "reex.demo-data", value = "true")
    static class DemoClockFactory {

        @Singleton
        @Replaces(bean = Clock.class, factory = ClockFactory.class)
        DemoClock clock() {
            return new DemoClock(Clock.systemUTC());
        }
    }
}
