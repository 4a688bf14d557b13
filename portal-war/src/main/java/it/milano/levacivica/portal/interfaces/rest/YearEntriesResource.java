package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.HoursService;
import it.milano.levacivica.portal.application.HoursService.EntryCommand;
import it.milano.levacivica.portal.application.HoursService.Saved;
import it.milano.levacivica.portal.domain.timesheet.TimeEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Hours of a service year: list (JSON or CSV) and log. */
@Path("/service-years/{id: [0-9]+}/entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "hours")
public class YearEntriesResource {

    @Inject
    private HoursService hours;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    private Locale locale() {
        return ProblemMappers.locale(headers);
    }

    @Context
    private HttpServletResponse response;

    @GET
    @Operation(summary = "Entries of a year in [from, to) (ISO dates; default: the whole year), by date. Paged: at most limit "
            + "(default 50, at most 500); the header Link rel=\"next\" gives the next page")
    public List<HourViews.EntryView> entries(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Paging page = Paging.of(limit, cursor);
        List<TimeEntry> read = hours.entriesPage(id, QueryDates.date(from, "from", QueryDates.EARLIEST),
                QueryDates.date(to, "to", QueryDates.LATEST), page.afterEntry(), page.fetch());
        return page.page(read, Paging::key, uri, response).stream().map(HourViews.EntryView::of).toList();
    }

    @POST
    @Operation(summary = "Log hours (the year's volunteer, open month). The same Idempotency-Key twice creates one entry. "
            + "422 with the rules broken; 423 if the month is locked")
    public Response create(@PathParam("id") long id, @HeaderParam("Idempotency-Key") String key, EntryCommand cmd) {
        Saved<TimeEntry> saved = hours.create(id, cmd, key);
        HourViews.EntryView v = HourViews.EntryView.of(saved.value());
        return Response.created(uri.getBaseUriBuilder().path("entries").path(Long.toString(v.id())).build())
                .tag(new EntityTag(Long.toString(v.version())))
                .entity(new HourViews.SavedEntryView(v, HourViews.WarningView.of(saved.warnings(), locale()))).build();
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "The same entries as CSV (Accept: text/csv; UTF-8, semicolon-separated)")
    public Response csv(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        java.time.LocalDate f = QueryDates.date(from, "from", QueryDates.EARLIEST);
        java.time.LocalDate t = QueryDates.date(to, "to", QueryDates.LATEST);
        HoursService.ExportScope scope = hours.exportScope(id, null);
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            try (var writer = it.milano.levacivica.portal.interfaces.export.EntryExport.csv(out)) {
                hours.streamEntries(scope, f, t, writer);
            }
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"entries-" + id + ".csv\"").build();
    }

}
