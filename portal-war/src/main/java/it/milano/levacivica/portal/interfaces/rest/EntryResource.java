package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.HoursService;
import it.milano.levacivica.portal.application.HoursService.EntryCommand;
import it.milano.levacivica.portal.application.HoursService.Saved;
import it.milano.levacivica.portal.application.InvalidInputException;
import it.milano.levacivica.portal.domain.timesheet.TimeEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One entry of hours: change or delete. */
@Path("/entries/{id: [0-9]+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "hours")
public class EntryResource {

    @Inject
    private HoursService hours;

    @Context
    private HttpHeaders headers;

    private Locale locale() {
        return ProblemMappers.locale(headers);
    }

    @GET
    @Operation(summary = "One entry (its volunteer, their tutor, coordinators); the ETag is its version")
    public Response get(@PathParam("id") long id) {
        HourViews.EntryView v = HourViews.EntryView.of(hours.entry(id));
        return Response.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }

    @PUT
    @Operation(summary = "Change an entry; the version read goes in the body or in If-Match; 412 if stale, 423 if locked")
    public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, EntryCommand cmd) {
        if (cmd == null) {
            throw new InvalidInputException("error.body.missing", java.util.Map.of());
        }
        EntryCommand withVersion = new EntryCommand(cmd.date(), cmd.category(), cmd.minutes(), cmd.activityType(), cmd.note(),
                Versions.of(cmd.version(), ifMatch), cmd.taskId());
        Saved<TimeEntry> saved = hours.update(id, withVersion);
        HourViews.EntryView v = HourViews.EntryView.of(saved.value());
        return Response.ok(new HourViews.SavedEntryView(v, HourViews.WarningView.of(saved.warnings(), locale())))
                .tag(new EntityTag(Long.toString(v.version()))).build();
    }

    @DELETE
    @Operation(summary = "Delete an entry of an open month; If-Match optional; 423 if locked")
    public Response delete(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
        hours.delete(id, Versions.of(null, ifMatch));
        return Response.noContent().build();
    }

}
