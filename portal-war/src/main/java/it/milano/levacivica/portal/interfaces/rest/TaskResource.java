package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.TaskService;
import it.milano.levacivica.portal.application.TaskService.TaskCommand;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** One task: change, done, cancel. */
@Path("/tasks/{id: [0-9]+}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tasks")
public class TaskResource {

    /** The volunteer's outcome. */
    public record Outcome(String outcome) {
    }

    @Inject
    private TaskService tasks;

    @PUT
    @Operation(summary = "The tutor changes a task; the version read in the body (412 if stale)")
    public CheckInViews.TaskView update(@PathParam("id") long id, TaskCommand cmd) {
        return CheckInViews.TaskView.of(tasks.update(id, cmd));
    }

    @POST
    @Path("done")
    @Operation(summary = "The volunteer marks the task done with a short outcome")
    public CheckInViews.TaskView done(@PathParam("id") long id, Outcome body) {
        return CheckInViews.TaskView.of(tasks.done(id, body == null ? null : body.outcome()));
    }

    @POST
    @Path("cancel")
    @Operation(summary = "The tutor cancels an open task")
    public CheckInViews.TaskView cancel(@PathParam("id") long id) {
        return CheckInViews.TaskView.of(tasks.cancel(id));
    }
}
