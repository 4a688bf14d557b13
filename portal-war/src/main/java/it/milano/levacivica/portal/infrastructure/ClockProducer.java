package it.milano.levacivica.portal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one place the portal reads the time: Milan's clock. Tests of core-lib pass their own.
 *
 * <p>In the test profile ({@code portal.profile=test}, which only the integration tests set) the clock can be moved
 * forward by an offset, so that a test sees time-based rules (retention) apply; in any other profile {@link #shift}
 * refuses and the clock is the system's. The production war has no way to call it: the endpoint that does lives in
 * the test sources ({@code TestClockResource}), added only to the war the integration tests deploy.
 */
@ApplicationScoped
public class ClockProducer {

    /** The portal's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    /** The profile in which the clock may be moved. */
    public static final String TEST_PROFILE = "test";

    @Inject
    @ConfigProperty(name = "portal.profile", defaultValue = "production")
    private String profile;

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    @Produces
    @ApplicationScoped
    Clock clock() {
        return new OffsetClock(ZONE, offset);
    }

    /**
     * Test profile only: moves the portal's time to the system's time plus {@code offset} (not cumulative).
     *
     * @param by the offset from the system's time; zero puts the clock back
     * @throws IllegalStateException in any profile but {@code test}
     */
    public void shift(Duration by) {
        if (!TEST_PROFILE.equals(profile)) {
            throw new IllegalStateException("the clock can be moved only in the test profile, not in '" + profile + "'");
        }
        offset.set(java.util.Objects.requireNonNull(by));
    }

    /** @return the offset from the system's time (zero outside tests) */
    public Duration offset() {
        return offset.get();
    }

    /** The system's clock plus an offset that the test profile may change; immutable apart from that shared offset. */
    private static final class OffsetClock extends Clock {
        private final ZoneId zone;
        private final AtomicReference<Duration> offset;

        OffsetClock(ZoneId zone, AtomicReference<Duration> offset) {
            this.zone = zone;
            this.offset = offset;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new OffsetClock(z, offset);
        }

        @Override
        public Instant instant() {
            Duration d = offset.get();
            Instant now = Instant.now();
            return d.isZero() ? now : now.plus(d);
        }

        @Override
        public long millis() {
            return instant().toEpochMilli();
        }
    }
}
