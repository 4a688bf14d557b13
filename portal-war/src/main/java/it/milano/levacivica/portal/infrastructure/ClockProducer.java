package it.milano.levacivica.portal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/** The one place the portal reads the time: Milan's clock. Tests of core-lib pass their own. */
@ApplicationScoped
public class ClockProducer {

    /** The portal's time zone. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.system(ZONE);
    }
}
