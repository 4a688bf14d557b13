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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The year's report for the Comune (coordinators and administrators): as JSON, PDF or XLSX, the same figures. The
 * report is made (and audited) before the first byte, so a refusal is a problem+json; the files are then written
 * straight to the response.
 */
@Path("/reports/year/{year}")
@RequestScoped
@Tag(name = "reports")
public class ReportResource {

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
    public YearReport report(@PathParam("year") String year) {
        return reports.report(year(year), "json");
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The year's report as PDF (Italian; ?lang=en for English)")
    public Response reportPdf(@PathParam("year") String year, @QueryParam("lang") String lang) {
        YearReport r = reports.report(year(year), "pdf");
        Locale locale = locale(lang);
        StreamingOutput body = out -> pdf.write(r, locale, out);
        return Response.ok(body, "application/pdf").header("Content-Disposition", "attachment; filename=\"relazione-" + r.year() + ".pdf\"").build();
    }

    @GET
    @Path("report.xlsx")
    @Produces(EntryExport.XLSX)
    @Operation(summary = "The year's report as XLSX, a sheet per section (Italian; ?lang=en for English)")
    public Response reportXlsx(@PathParam("year") String year, @QueryParam("lang") String lang) {
        YearReport r = reports.report(year(year), "xlsx");
        Locale locale = locale(lang);
        StreamingOutput body = out -> YearReportXlsx.write(r, locale, out);
        return Response.ok(body, EntryExport.XLSX).header("Content-Disposition", "attachment; filename=\"relazione-" + r.year() + ".xlsx\"").build();
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
