package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.ServiceYearService;
import it.milano.levacivica.portal.application.ServiceYearService.ServiceYearData;
import jakarta.enterprise.context.RequestScoped;
import it.milano.levacivica.portal.domain.people.ServiceYearStatus;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/service-years")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "service years")
public class ServiceYearResource {

    @Inject
    private ServiceYearService years;

    @Context
    private UriInfo uri;

    @Context
    private HttpServletResponse response;

    @GET
    @Operation(summary = "The service years the caller may see, newest first: all (coordinator), their volunteers' (tutor), their own "
            + "(volunteer); optionally one project's or in one status. Paged: at most limit (default 50, at most 500); the header "
            + "Link rel=\"next\" gives the next page")
    public List<Views.ServiceYearView> list(@QueryParam("project") String project, @QueryParam("status") String status,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Long projectId = QueryValues.id(project, "project");
        ServiceYearStatus only = QueryValues.constant(ServiceYearStatus.class, status, "status");
        Paging page = Paging.of(limit, cursor);
        return page.page(years.visiblePage(projectId, only, page.afterNumber(), page.fetch()), y -> y.getId().toString(), uri, response)
                .stream().map(Views.ServiceYearView::of).toList();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One service year; 404 if it does not exist or the caller may not see it")
    public Response get(@PathParam("id") long id) {
        Views.ServiceYearView v = Views.ServiceYearView.of(years.get(id));
        return Response.ok(v).tag(new EntityTag(Long.toString(v.version()))).build();
    }

    @POST
    @Operation(summary = "Create a service year (coordinator); the end date follows from the project's rule set")
    public Response create(ServiceYearData data) {
        Views.ServiceYearView v = Views.ServiceYearView.of(years.create(data));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(v.id())).build()).entity(v).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Operation(summary = "Change a service year (coordinator); the body's version must be the one read, else 412")
    public Views.ServiceYearView update(@PathParam("id") long id, ServiceYearData data) {
        return Views.ServiceYearView.of(years.update(id, data));
    }
}
