package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.CalendarFeedService;
import it.milano.levacivica.portal.application.NotFoundException;
import it.milano.levacivica.portal.domain.calendar.CalendarFeedRepository.Feed;
import it.milano.levacivica.portal.infrastructure.security.TrustedProxies;
import it.milano.levacivica.portal.interfaces.calendar.CalendarFeedServlet;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One's private calendar feed (a path of its own: JAX-RS would send /me/... to MeResource). */
@Path("/me/calendar-feed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public class MyCalendarFeedResource {

    /**
     * One's calendar feed; {@code url} (with the secret token) is present only in the answer that made it.
     *
     * @param url the feed's address for calendar applications, or null
     * @param createdAt when it was made
     * @param lastUsedAt when a calendar application last read it, or null
     */
    public record CalendarFeedView(String url, Instant createdAt, Instant lastUsedAt) {
        static CalendarFeedView of(Feed f, String url) {
            return new CalendarFeedView(url, utc(f.createdAt()), utc(f.lastUsedAt()));
        }

        private static Instant utc(LocalDateTime t) {
            return t == null ? null : t.toInstant(ZoneOffset.UTC);
        }
    }

    @Inject
    private CalendarFeedService feeds;
    @Inject
    private TrustedProxies proxies;
    @Context
    private HttpServletRequest request;
    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "One's calendar feed: when it was made and last read (its address is never shown again); 404 if none")
    public CalendarFeedView mine() {
        return CalendarFeedView.of(feeds.mine().orElseThrow(() -> new NotFoundException("error.notFound")), null);
    }

    @POST
    @Operation(summary = "Make one's private calendar feed (iCalendar); the answer carries its address, shown this once. "
            + "A feed made before stops working at once")
    public Response create() {
        CalendarFeedService.Made made = feeds.create();
        String url = CalendarFeedServlet.url(CalendarFeedServlet.origin(request, proxies), made.token());
        return Response.created(uri.getBaseUriBuilder().path("me/calendar-feed").build()).entity(CalendarFeedView.of(made.feed(), url)).build();
    }

    @DELETE
    @Operation(summary = "Revoke one's calendar feed: its address answers 404 at once")
    public Response revoke() {
        feeds.revoke();
        return Response.noContent().build();
    }
}
