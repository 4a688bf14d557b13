package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.interfaces.JsonBuilders;
import it.milano.levacivica.portal.application.HoursService;
import it.milano.levacivica.portal.application.HoursService.EntryCommand;
import it.milano.levacivica.portal.application.HoursService.Saved;
import it.milano.levacivica.portal.application.IdempotentRequests;
import it.milano.levacivica.portal.application.IdempotentRequests.Answer;
import it.milano.levacivica.portal.application.MonthLockedException;
import it.milano.levacivica.portal.application.RuleViolationException;
import it.milano.levacivica.portal.domain.timesheet.TimeEntry;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
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
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Hours of a service year: list (JSON or CSV) and log. */
@Path("/service-years/{id: [0-9]+}/entries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "hours")
public class YearEntriesResource {

    /** The request header that makes a create idempotent. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** Writes remembered answers as JAX-RS writes answers (JSON-B with its defaults). */
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    private IdempotentRequests requests;

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
    @Operation(summary = "Log hours (the year's volunteer, open month). 422 with the rules broken; 423 if the month is locked. "
            + "With an Idempotency-Key the first answer (201, 422 or 423) is remembered for 24 hours: a repeat with the same key "
            + "and the same body gets it again (header Idempotent-Replayed: true) and stores nothing; the same key with another "
            + "body answers 422 /problems/idempotency-key-reused")
    public Response create(@PathParam("id") long id,
            @Parameter(description = "Optional: 1 to 100 letters, digits, - _ . : (a UUID, for example); the same key with the same body "
                    + "within 24 hours answers the first answer again instead of storing another entry",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[A-Za-z0-9._:-]{1,100}$", maxLength = 100))
            @HeaderParam(IDEMPOTENCY_KEY) String key, EntryCommand cmd) {
        if (key == null) {
            Saved<TimeEntry> saved = hours.create(id, cmd);
            HourViews.EntryView v = HourViews.EntryView.of(saved.value());
            return Response.created(location(v.id())).tag(new EntityTag(Long.toString(v.version())))
                    .entity(new HourViews.SavedEntryView(v, HourViews.WarningView.of(saved.warnings(), locale()))).build();
        }
        String fingerprint = IdempotentRequests.fingerprint("POST /service-years/" + id + "/entries", cmd);
        IdempotentRequests.Outcome outcome = requests.once(key, fingerprint, () -> {
            try {
                Saved<TimeEntry> saved = hours.create(id, cmd);
                HourViews.EntryView v = HourViews.EntryView.of(saved.value());
                return new Answer(201, v.id(), JSON.toJson(new HourViews.SavedEntryView(v, HourViews.WarningView.of(saved.warnings(), locale()))));
            } catch (RuleViolationException | MonthLockedException refused) {
                Response problem = ProblemMappers.problem(refused, headers);
                return new Answer(problem.getStatus(), null, JSON.toJson(problem.getEntity()));
            }
        });
        Answer a = outcome.answer();
        JsonObject body;
        try (JsonReader reader = JsonBuilders.reader(new StringReader(a.body()))) {
            body = reader.readObject();
        }
        Response.ResponseBuilder answer = Response.status(a.status()).entity(body)
                .type(a.status() < 400 ? MediaType.APPLICATION_JSON : Problem.MEDIA_TYPE);
        if (a.entryId() != null) {
            answer.location(location(a.entryId()));
        }
        if (outcome.replayed()) {
            answer.header("Idempotent-Replayed", "true");
        }
        return answer.build();
    }

    private java.net.URI location(long entryId) {
        return uri.getBaseUriBuilder().path("entries").path(Long.toString(entryId)).build();
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
