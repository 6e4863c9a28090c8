package org.reex.shared;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

@Factory
public class ClockFactory {

    @Singleton
    Clock clock() {
        return new MicrosecondClock(Clock.systemUTC());
    }

    /**
     * The app's clock, in whole microseconds: what DATETIME(6) stores, so an instant the app writes reads back equal.
     * (Not {@code Clock.tick(base, 1 µs)}: its {@code millis()} divides by the tick in whole milliseconds, which is 0.)
     */
    public static final class MicrosecondClock extends Clock {

        private final Clock base;

        public MicrosecondClock(Clock base) {
            this.base = base;
        }

        @Override
        public Instant instant() {
            return base.instant().truncatedTo(ChronoUnit.MICROS);
        }

        @Override
        public long millis() {
            return base.millis();
        }

        @Override
        public ZoneId getZone() {
            return base.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new MicrosecondClock(base.withZone(zone));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MicrosecondClock that && that.base.equals(base);
        }

        @Override
        public int hashCode() {
            return base.hashCode() ^ 0x6d6963;
        }

        @Override
        public String toString() {
            return "MicrosecondClock[" + base + "]";
        }
    }
}
