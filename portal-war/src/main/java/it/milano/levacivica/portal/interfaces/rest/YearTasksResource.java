package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.TaskService;
import it.milano.levacivica.portal.application.TaskService.TaskCommand;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A year's tasks. */
@Path("/service-years/{id: [0-9]+}/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "tasks")
public class YearTasksResource {

    @Inject
    private TaskService tasks;
    @Inject
    private it.milano.levacivica.portal.application.ServiceYearService years;

    @GET
    @Operation(summary = "Tasks of a year, with the minutes logged for each; title, description and outcome are null for anyone but the "
            + "year's volunteer and tutor (minimisation)")
    public List<CheckInViews.TaskView> list(@PathParam("id") long id) {
        boolean texts = years.mayReadTexts(id);
        return tasks.ofYear(id).stream().map(t -> CheckInViews.TaskView.of(t, texts)).toList();
    }

    @POST
    @Operation(summary = "The year's tutor gives its volunteer a task")
    public Response create(@PathParam("id") long id, TaskCommand cmd) {
        return Response.status(201).entity(CheckInViews.TaskView.of(tasks.create(id, cmd))).build();
    }
}
