package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.CheckInService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A year's check-ins. */
@Path("/service-years/{id: [0-9]+}/check-ins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "check-ins")
public class YearCheckInsResource {

    @Inject
    private CheckInService checkIns;
    @Inject
    private it.milano.levacivica.portal.application.ServiceYearService years;

    @GET
    @Operation(summary = "Check-ins of a year held in [from, to) (ISO dates; default: all), newest first; summary and remark are null "
            + "for anyone but the year's volunteer and tutor (minimisation)")
    public List<CheckInViews.CheckInView> list(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to) {
        boolean texts = years.mayReadTexts(id);
        return checkIns.list(id, QueryDates.date(from, "from", QueryDates.EARLIEST), QueryDates.date(to, "to", QueryDates.LATEST))
                .stream().map(c -> CheckInViews.CheckInView.of(c, texts)).toList();
    }

}
