package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.PeopleService;
import it.milano.levacivica.portal.infrastructure.security.SignedInCaller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public class MeResource {

    /**
     * A change of one's own password.
     *
     * @param currentPassword the password in use
     * @param newPassword the new one: 12 to 128 characters, not a common password
     */
    public record PasswordChangeRequest(String currentPassword, String newPassword) {
    }

    @Inject
    private PeopleService people;

    @Context
    private HttpServletRequest request;

    @GET
    @Operation(summary = "The caller: name and roles")
    public Views.Me me() {
        return Views.Me.of(people.me());
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change one's own password (the current one required); ends the account's other sessions")
    public Response changePassword(PasswordChangeRequest body) {
        String stamp = people.changeOwnPassword(body == null ? null : body.currentPassword(), body == null ? null : body.newPassword());
        SignedInCaller.keepSession(request, stamp);
        return Response.noContent().build();
    }
}
