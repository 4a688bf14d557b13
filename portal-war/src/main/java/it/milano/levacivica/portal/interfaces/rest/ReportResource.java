package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.InvalidInputException;
import it.milano.levacivica.portal.application.YearReport;
import it.milano.levacivica.portal.application.YearReportService;
import it.milano.levacivica.portal.interfaces.export.EntryExport;
import it.milano.levacivica.portal.interfaces.export.YearReportXlsx;
import it.milano.levacivica.portal.interfaces.register.YearReportPdf;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The year's report for the Comune (coordinators and administrators): as JSON, PDF or XLSX, the same figures. The
 * report shown is the one last made and kept ({@code madeAt}); one older than {@code portal.report.maxAgeMinutes} is
 * made again first if that takes at most {@code portal.report.waitMillis}. A year whose report was never made and is
 * still being made answers 202 Accepted with {@code Retry-After}: ask again then. The report is read (and audited)
 * before the first byte, so a refusal is a problem+json; the files are then written straight to the response.
 */
@Path("/reports/year/{year}")
@RequestScoped
@Tag(name = "reports")
public class ReportResource {

    /** When to ask again for a report being made: a national year's report takes a few minutes. */
    static final int RETRY_AFTER_SECONDS = 30;

    @Inject
    private YearReportService reports;
    @Inject
    private YearReportPdf pdf;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The year's report (coordinators, administrators): per project and overall, volunteers in service, started, "
            + "completed and withdrawn; minutes by category against the targets pro rata and by activity; confirmed check-ins per volunteer "
            + "per week; tasks by activity; cases and placements volunteers' tasks concerned, small cells suppressed. The year is the "
            + "calendar year of the activity")
    @APIResponse(responseCode = "200", description = "The report, with when it was made (madeAt)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearReport.class)))
    @APIResponse(responseCode = "202", description = "The year's first report is being made: ask again after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BeingMade.class)))
    public Response report(@PathParam("year") String year) {
        return reports.report(year(year), "json").map(r -> Response.ok(r).build()).orElseGet(() -> beingMade(year(year)));
    }

    @POST
    @Path("update")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Has the year's report made again from the data as it is now (coordinators, administrators): 200 with the new "
            + "report if it is made within a couple of seconds, otherwise 202 Accepted with Retry-After, and GET shows it once made")
    @APIResponse(responseCode = "200", description = "The report, with when it was made (madeAt)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = YearReport.class)))
    @APIResponse(responseCode = "202", description = "The report is being made: ask again after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BeingMade.class)))
    public Response update(@PathParam("year") String year) {
        return reports.update(year(year)).map(r -> Response.ok(r).build()).orElseGet(() -> beingMade(year(year)));
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The year's report as PDF (Italian; ?lang=en for English)")
    @APIResponse(responseCode = "200", description = "The report as PDF",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "The year's first report is being made: ask again after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BeingMade.class)))
    public Response reportPdf(@PathParam("year") String year, @QueryParam("lang") String lang) {
        Optional<YearReport> made = reports.report(year(year), "pdf");
        if (made.isEmpty()) {
            return beingMade(year(year));
        }
        YearReport r = made.get();
        Locale locale = locale(lang);
        StreamingOutput body = out -> pdf.write(r, locale, out);
        return Response.ok(body, "application/pdf").header("Content-Disposition", "attachment; filename=\"relazione-" + r.year() + ".pdf\"").build();
    }

    @GET
    @Path("report.xlsx")
    @Produces(EntryExport.XLSX)
    @Operation(summary = "The year's report as XLSX, a sheet per section (Italian; ?lang=en for English)")
    @APIResponse(responseCode = "200", description = "The report as XLSX",
            content = @Content(mediaType = EntryExport.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "202", description = "The year's first report is being made: ask again after Retry-After seconds",
            headers = @Header(name = "Retry-After", description = "seconds", schema = @Schema(type = SchemaType.INTEGER)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BeingMade.class)))
    public Response reportXlsx(@PathParam("year") String year, @QueryParam("lang") String lang) {
        Optional<YearReport> made = reports.report(year(year), "xlsx");
        if (made.isEmpty()) {
            return beingMade(year(year));
        }
        YearReport r = made.get();
        Locale locale = locale(lang);
        StreamingOutput body = out -> YearReportXlsx.write(r, locale, out);
        return Response.ok(body, EntryExport.XLSX).header("Content-Disposition", "attachment; filename=\"relazione-" + r.year() + ".xlsx\"").build();
    }

    /** What a client is told while a year's first report is being made: when to ask again. */
    public record BeingMade(int year, String state, int retryAfterSeconds) {
    }

    private static Response beingMade(int year) {
        return Response.accepted(new BeingMade(year, "BEING_MADE", RETRY_AFTER_SECONDS)).type(MediaType.APPLICATION_JSON)
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    private static int year(String text) {
        if (text == null || !text.matches("[0-9]{4}")) {
            throw InvalidInputException.of("year", "validation.year");
        }
        return Integer.parseInt(text);
    }

    private static Locale locale(String lang) {
        return "en".equals(lang) ? Locale.ENGLISH : Locale.ITALIAN;
    }
}
