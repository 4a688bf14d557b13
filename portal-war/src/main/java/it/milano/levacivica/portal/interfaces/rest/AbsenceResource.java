package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.HoursService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One day of absence: delete. */
@Path("/absences/{id: [0-9]+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "hours")
public class AbsenceResource {

    @Inject
    private HoursService hours;

    @DELETE
    @Operation(summary = "Remove a day of absence of an open month")
    public Response deleteAbsence(@PathParam("id") long id) {
        hours.deleteAbsence(id);
        return Response.noContent().build();
    }

}
