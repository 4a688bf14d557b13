package it.milano.levacivica.portal.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Does nothing, behind the same sign-in as every other endpoint: the baseline of the load test
 * (docs/operations.md), so that the cost of a real endpoint shows as a ratio to the server's own.
 */
@Path("/ping")
@RequestScoped
@Tag(name = "operations")
public class PingResource {

    @GET
    @Operation(summary = "Does nothing (204); for load-test baselines")
    public Response ping() {
        return Response.noContent().build();
    }
}
