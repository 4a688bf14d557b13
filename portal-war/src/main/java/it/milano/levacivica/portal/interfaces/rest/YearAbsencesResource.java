package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.HoursService;
import it.milano.levacivica.portal.application.HoursService.AbsenceCommand;
import it.milano.levacivica.portal.application.HoursService.Saved;
import it.milano.levacivica.portal.domain.timesheet.AbsenceDay;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Days of leave and sickness of a service year. */
@Path("/service-years/{id: [0-9]+}/absences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "hours")
public class YearAbsencesResource {

    @Inject
    private HoursService hours;

    @Context
    private HttpHeaders headers;

    private Locale locale() {
        return ProblemMappers.locale(headers);
    }

    @GET
    @Operation(summary = "Days of leave and sickness of a year")
    public List<HourViews.AbsenceView> absences(@PathParam("id") long id) {
        return hours.absences(id).stream().map(HourViews.AbsenceView::of).toList();
    }

    @POST
    @Operation(summary = "Record a day of LEAVE or SICKNESS (the year's volunteer, open month)")
    public Response addAbsence(@PathParam("id") long id, AbsenceCommand cmd) {
        Saved<AbsenceDay> saved = hours.addAbsence(id, cmd);
        return Response.status(201).entity(new HourViews.SavedAbsenceView(HourViews.AbsenceView.of(saved.value()),
                HourViews.WarningView.of(saved.warnings(), locale()))).build();
    }

}
