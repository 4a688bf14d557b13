package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.HoursService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Progress and pace of a service year. */
@Path("/service-years/{id: [0-9]+}/status")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "hours")
public class YearStatusResource {

    @Inject
    private HoursService hours;

    @GET
    @Operation(summary = "Progress per category and in total, pace forecast, leave and sickness used, as of today")
    public HourViews.StatusView status(@PathParam("id") long id) {
        return HourViews.StatusView.of(hours.status(id));
    }

}
