package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.PeopleService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public class MeResource {

    @Inject
    private PeopleService people;

    @GET
    @Operation(summary = "The caller: name and roles")
    public Views.Me me() {
        return Views.Me.of(people.me());
    }
}
