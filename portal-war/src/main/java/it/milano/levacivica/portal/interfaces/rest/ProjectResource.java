package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.ProjectService;
import it.milano.levacivica.portal.application.ProjectService.ProjectData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/projects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "projects")
public class ProjectResource {

    @Inject
    private ProjectService projects;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Every project (coordinator, administrator)")
    public List<Views.ProjectView> list() {
        return projects.list().stream().map(Views.ProjectView::of).toList();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One project; its ETag is its version")
    public Response get(@PathParam("id") long id) {
        Views.ProjectView v = Views.ProjectView.of(projects.get(id));
        return Response.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }

    @POST
    @Operation(summary = "Create a project (coordinator)")
    public Response create(ProjectData data) {
        Views.ProjectView v = Views.ProjectView.of(projects.create(data));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(v.id())).build()).entity(v).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(summary = "Change a project (coordinator); the body's version must be the one read, else 412")
    public Views.ProjectView update(@PathParam("id") long id, ProjectData data) {
        return Views.ProjectView.of(projects.update(id, data));
    }
}
