package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.PeopleService;
import it.milano.levacivica.portal.application.PeopleService.AccountChange;
import it.milano.levacivica.portal.application.PeopleService.NewPerson;
import it.milano.levacivica.portal.domain.people.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/people")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "people")
public class PersonResource {

    /** A new password. */
    public record PasswordReset(String password) {
    }

    /** The fiscal code that SPID and CIE sign-ins are matched by; null or empty removes it. */
    public record FiscalCodeChange(String fiscalCode) {
    }

    @Inject
    private PeopleService people;
    @Inject
    private it.milano.levacivica.portal.application.SecondFactorService secondFactors;

    @Inject
    private it.milano.levacivica.portal.application.ApiTokenService tokens;

    @Context
    private UriInfo uri;

    @Context
    private HttpServletResponse response;

    @GET
    @Operation(summary = "People, newest first, optionally of one role (coordinator, administrator). Paged: at most limit "
            + "(default 50, at most 500); the header Link rel=\"next\" gives the next page")
    public List<Views.PersonView> list(@QueryParam("role") String role, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Role only = QueryValues.constant(Role.class, role, "role");
        Paging page = Paging.of(limit, cursor);
        return page.page(people.page(only, page.afterNumber(), page.fetch()), p -> p.getId().toString(), uri, response).stream()
                .map(Views.PersonView::of).toList();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "One person (coordinator, administrator)")
    public Views.PersonView get(@PathParam("id") long id) {
        return Views.PersonView.of(people.get(id));
    }

    @POST
    @Operation(summary = "Register a person with an account; a coordinator may give VOLUNTEER and TUTOR only")
    public Response create(NewPerson data) {
        Views.PersonView v = Views.PersonView.of(people.create(data));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(v.id())).build()).entity(v).build();
    }

    @PUT
    @Path("{id: [0-9]+}/account")
    @Operation(summary = "Change an account's name, e-mail, roles and whether it may sign in (administrator)")
    public Views.PersonView updateAccount(@PathParam("id") long id, AccountChange data) {
        return Views.PersonView.of(people.updateAccount(id, data));
    }

    @POST
    @Path("{id: [0-9]+}/tokens")
    @Operation(summary = "Make an API token for a service account (coordinator, administrator); not for accounts that read "
            + "case content or administer. The answer carries the token, shown this once")
    public Response createServiceToken(@PathParam("id") long id, it.milano.levacivica.portal.application.ApiTokenService.NewToken data) {
        var made = tokens.createFor(id, data);
        return Response.created(uri.getBaseUriBuilder().path("me/tokens/{id}").build(made.token().getId()))
                .entity(MeResource.TokenView.of(made.token(), made.secret())).build();
    }

    @PUT
    @Path("{id: [0-9]+}/fiscal-code")
    @Operation(summary = "Set or remove the fiscal code that SPID and CIE sign-ins are matched by (coordinator for volunteers "
            + "and tutors, administrator for anyone); with or without TINIT-; a change ends the account's sessions")
    public Views.PersonView setFiscalCode(@PathParam("id") long id, FiscalCodeChange data) {
        return Views.PersonView.of(people.setFiscalCode(id, data == null ? null : data.fiscalCode()));
    }

    @DELETE
    @Path("{id: [0-9]+}/second-factor")
    @Operation(summary = "Remove an account's second factor and recovery codes, e.g. after a lost phone (administrator); "
            + "audited, the account's sessions end")
    public Response resetSecondFactor(@PathParam("id") long id) {
        secondFactors.reset(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id: [0-9]+}/password")
    @Operation(summary = "Set a new password and lift any lock (administrator)")
    public Response resetPassword(@PathParam("id") long id, PasswordReset data) {
        people.resetPassword(id, data == null ? null : data.password());
        return Response.noContent().build();
    }
}
