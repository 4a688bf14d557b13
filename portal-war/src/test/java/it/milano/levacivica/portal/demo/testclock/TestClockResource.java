package it.milano.levacivica.portal.demo.testclock;

import it.milano.levacivica.portal.application.CurrentUser;
import it.milano.levacivica.portal.application.InvalidInputException;
import it.milano.levacivica.portal.application.NotFoundException;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.infrastructure.ClockProducer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Moves the portal's clock, for integration tests of time-based rules (retention). Never in production: this class
 * is in the test sources and only the war of {@code DemoWar.withTestClock} has it; even there it answers 404 unless
 * {@code portal.profile=test}, and only to an administrator. Not in {@code /openapi}.
 */
@Path("/test/clock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TestClockResource {

    /** @param days how far the portal's time is from the system's (not cumulative); 0 puts it back */
    public record ClockShift(Long days) {
    }

    /** The portal's time now and its offset from the system's, in days. */
    public record ClockView(long offsetDays, Instant now) {
    }

    @Inject
    private ClockProducer clocks;
    @Inject
    private Clock clock;
    @Inject
    private CurrentUser caller;
    @Inject
    @ConfigProperty(name = "portal.profile", defaultValue = "production")
    private String profile;

    @GET
    @Operation(hidden = true)
    public ClockView get() {
        allowed();
        return view();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public ClockView shift(ClockShift shift) {
        allowed();
        if (shift == null || shift.days() == null) {
            throw InvalidInputException.of("days", "validation.required");
        }
        clocks.shift(Duration.ofDays(shift.days()));
        return view();
    }

    private void allowed() {
        if (!ClockProducer.TEST_PROFILE.equals(profile)) {
            throw new NotFoundException("error.notFound");
        }
        caller.require(Role.ADMIN);
    }

    private ClockView view() {
        return new ClockView(clocks.offset().toDays(), clock.instant());
    }
}
