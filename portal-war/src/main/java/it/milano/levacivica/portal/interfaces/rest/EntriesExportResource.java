package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.HoursService;
import it.milano.levacivica.portal.application.InvalidInputException;
import it.milano.levacivica.portal.domain.timesheet.TimeEntry;
import it.milano.levacivica.portal.interfaces.export.EntryExport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Entries the caller may see, as JSON, CSV or XLSX: a volunteer's own, a tutor's volunteers', a project's. */
@Path("/entries")
@RequestScoped
@Tag(name = "hours")
public class EntriesExportResource {

    @Inject
    private HoursService hours;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", EntryExport.XLSX})
    @Operation(summary = "Entries the caller may see in [from, to): own (volunteer), their volunteers' (tutor), all or one project's "
            + "(coordinator); one service year with serviceYear=. JSON, CSV or XLSX by Accept or format=json|csv|xlsx. JSON is paged, "
            + "by service year, date and id: at most limit (default 50, at most 500), the header Link rel=\"next\" gives the next page; "
            + "CSV and XLSX stream every entry")
    public Response entries(@QueryParam("serviceYear") Long serviceYear, @QueryParam("project") Long project,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        java.time.LocalDate f = QueryDates.date(from, "from", QueryDates.EARLIEST);
        java.time.LocalDate t = QueryDates.date(to, "to", QueryDates.LATEST);
        String type = format != null ? format : preferred();
        if (!List.of("csv", "xlsx", "json").contains(type)) {
            throw InvalidInputException.of("format", "validation.format");
        }
        // who may see what is decided before the first byte: the files are then streamed page by page
        HoursService.ExportScope scope = hours.exportScope(serviceYear, project);
        if ("json".equals(type)) {
            Paging page = Paging.of(limit, cursor);
            List<TimeEntry> read = hours.exportPage(scope, f, t, page.afterEntry(), page.fetch());
            String next = page.next(read, Paging::key, uri);
            Response.ResponseBuilder ok = Response.ok(page.items(read).stream().map(HourViews.EntryView::of).toList(), MediaType.APPLICATION_JSON);
            return (next == null ? ok : ok.header("Link", next)).build();
        }
        jakarta.ws.rs.core.StreamingOutput body = out -> {
            try (EntryExport writer = "csv".equals(type) ? EntryExport.csv(out) : EntryExport.xlsx(out)) {
                hours.streamEntries(scope, f, t, writer);
            }
        };
        return Response.ok(body, "csv".equals(type) ? "text/csv; charset=UTF-8" : EntryExport.XLSX)
                .header("Content-Disposition", "attachment; filename=\"ore." + type + "\"").build();
    }

    private String preferred() {
        for (MediaType m : headers.getAcceptableMediaTypes()) {
            if (m.isCompatible(MediaType.valueOf("text/csv")) && !m.isWildcardType()) {
                return "csv";
            }
            if (m.isCompatible(MediaType.valueOf(EntryExport.XLSX)) && !m.isWildcardType()) {
                return "xlsx";
            }
            if (m.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return "json";
            }
        }
        return "json";
    }

}
