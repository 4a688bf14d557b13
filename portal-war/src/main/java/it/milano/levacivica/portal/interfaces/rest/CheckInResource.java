package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.CheckInService;
import it.milano.levacivica.portal.application.CheckInService.CheckInCommand;
import it.milano.levacivica.portal.application.CheckInService.ConfirmCommand;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Record, confirm and remark on check-ins. */
@Path("/check-ins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "check-ins")
public class CheckInResource {

    @Inject
    private CheckInService checkIns;

    @POST
    @Operation(summary = "Record a check-in: the tutor for one or several of their volunteers (group meeting), with tasks; "
            + "or a volunteer for their own year. The recorder's side is confirmed at once")
    public Response record(CheckInCommand cmd) {
        List<CheckInViews.CheckInView> made = checkIns.record(cmd).stream().map(CheckInViews.CheckInView::of).toList();
        return Response.status(201).entity(made).build();
    }

    @POST
    @Path("{id: [0-9]+}/confirm")
    @Operation(summary = "Confirm from the other side (the volunteer may add a remark); when both have confirmed, the "
            + "check-in's hours join the volunteer's entries once (422 if core-lib refuses them, 423 if the month is locked)")
    public CheckInViews.CheckInView confirm(@PathParam("id") long id, ConfirmCommand cmd) {
        return CheckInViews.CheckInView.of(checkIns.confirm(id, cmd));
    }

    @POST
    @Path("{id: [0-9]+}/remark")
    @Operation(summary = "The volunteer adds a remark without confirming")
    public CheckInViews.CheckInView remark(@PathParam("id") long id, ConfirmCommand cmd) {
        return CheckInViews.CheckInView.of(checkIns.remark(id, cmd));
    }
}
