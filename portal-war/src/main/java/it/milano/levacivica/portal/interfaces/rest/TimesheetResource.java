package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.InvalidInputException;
import it.milano.levacivica.portal.application.TimesheetService;
import it.milano.levacivica.portal.interfaces.register.MonthlyRegister;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Monthly timesheets: list, detail, submit, approve, reject, reopen, and the register PDF. */
@Path("/service-years/{id: [0-9]+}/timesheets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "timesheets")
public class TimesheetResource {

    /** A transition's body: the version read (or If-Match) and, for reject and reopen, the reason. */
    public record TimesheetTransitionCommand(Long version, String reason) {
    }

    @Inject
    private TimesheetService timesheets;
    @Inject
    private it.milano.levacivica.portal.application.ServiceYearService serviceYears;

    @Inject
    private MonthlyRegister register;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(summary = "Every month of the year up to now: status, version and minutes per category")
    public List<HourViews.MonthView> months(@PathParam("id") long id) {
        return timesheets.months(id).stream().map(HourViews.MonthView::of).toList();
    }

    @GET
    @Path("{month}")
    @Operation(summary = "One month: entries, absences, totals of the month and of the year to date, history, warnings")
    public HourViews.MonthDetailView month(@PathParam("id") long id, @PathParam("month") String month) {
        return HourViews.MonthDetailView.of(timesheets.month(id, month(month)), ProblemMappers.locale(headers));
    }

    @POST
    @Path("{month}/submit")
    @Operation(summary = "The volunteer submits the month; its entries lock")
    public HourViews.TimesheetView submit(@PathParam("id") long id, @PathParam("month") String month) {
        return HourViews.TimesheetView.of(timesheets.submit(id, month(month)));
    }

    @POST
    @Path("{month}/approve")
    @Operation(summary = "The tutor approves a submitted month; the version read in the body or If-Match (412 if stale); "
            + "a reason is required when a finished week of the month has no confirmed check-in")
    public HourViews.TimesheetView approve(@PathParam("id") long id, @PathParam("month") String month,
            @HeaderParam("If-Match") String ifMatch, TimesheetTransitionCommand cmd) {
        return HourViews.TimesheetView.of(timesheets.approve(id, month(month), version(cmd, ifMatch), cmd == null ? null : cmd.reason()));
    }

    @POST
    @Path("{month}/reject")
    @Operation(summary = "The tutor sends a submitted month back with a reason; it opens again")
    public HourViews.TimesheetView reject(@PathParam("id") long id, @PathParam("month") String month,
            @HeaderParam("If-Match") String ifMatch, TimesheetTransitionCommand cmd) {
        return HourViews.TimesheetView.of(timesheets.reject(id, month(month), cmd == null ? null : cmd.reason(), version(cmd, ifMatch)));
    }

    @POST
    @Path("{month}/reopen")
    @Operation(summary = "A coordinator reopens an approved month with a reason")
    public HourViews.TimesheetView reopen(@PathParam("id") long id, @PathParam("month") String month,
            @HeaderParam("If-Match") String ifMatch, TimesheetTransitionCommand cmd) {
        return HourViews.TimesheetView.of(timesheets.reopen(id, month(month), cmd == null ? null : cmd.reason(), version(cmd, ifMatch)));
    }

    @GET
    @Path("{month}/register.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The monthly register of an approved month, as PDF (Italian; ?lang=en for English)")
    public Response registerPdf(@PathParam("id") long id, @PathParam("month") String month,
            @jakarta.ws.rs.QueryParam("lang") String lang) {
        java.util.Locale locale = "en".equals(lang) ? java.util.Locale.ENGLISH : java.util.Locale.ITALIAN;
        var approved = timesheets.approvedMonth(id, month(month));
        byte[] pdf = register.pdf(approved, locale, serviceYears.mayReadTexts(approved.year()));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"registro-" + id + "-" + month + ".pdf\"").build();
    }

    private static Long version(TimesheetTransitionCommand cmd, String ifMatch) {
        return Versions.of(cmd == null ? null : cmd.version(), ifMatch);
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("month", "validation.month");
        }
    }
}
