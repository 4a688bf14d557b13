package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.ApiTokenService;
import it.milano.levacivica.portal.application.PeopleService;
import it.milano.levacivica.portal.domain.people.ApiToken;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
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

    /**
     * An API token as lists show it; {@code token} is present only in the answer that made it.
     */
    public record TokenView(long id, String name, String prefix, boolean readOnly, java.time.Instant createdAt,
            java.time.LocalDate expiresOn, java.time.Instant revokedAt, java.time.Instant lastUsedAt, String owner, String token) {
        static TokenView of(ApiToken t, String secret) {
            return new TokenView(t.getId(), t.getName(), t.getPrefix(), t.isReadOnly(), utc(t.getCreatedAt()), t.getExpiresOn(),
                    utc(t.getRevokedAt()), utc(t.getLastUsedAt()), t.getPerson().getUsername(), secret);
        }

        private static java.time.Instant utc(java.time.LocalDateTime t) {
            return t == null ? null : t.toInstant(java.time.ZoneOffset.UTC);
        }
    }

    @Inject
    private PeopleService people;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private it.milano.levacivica.portal.application.SubjectAccessService subjectAccess;

    @Inject
    private it.milano.levacivica.portal.interfaces.register.PersonalDataPdf personalDataPdf;

    @Context
    private jakarta.ws.rs.core.UriInfo uri;

    @Context
    private HttpServletRequest request;

    @Context
    private jakarta.servlet.http.HttpServletResponse response;

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

    @GET
    @Path("personal-data")
    @Tag(name = "privacy")
    @Operation(summary = "A copy of all the caller's data (GDPR art. 15 and 20): account, service years with hours, absences, check-ins "
            + "and tasks, and the audit records about them (who read, changed or exported what). The copy is itself audited")
    public it.milano.levacivica.portal.application.PersonalData.AccountHolderCopy personalData() {
        it.milano.levacivica.portal.application.PersonalData.AccountHolderCopy copy = subjectAccess.mine();
        response.setHeader("Content-Disposition", "attachment; filename=\"dati-personali.json\"");
        return copy;
    }

    @GET
    @Path("personal-data.pdf")
    @Produces("application/pdf")
    @Tag(name = "privacy")
    @Operation(summary = "The same copy of the caller's data as a readable PDF (Italian; ?lang=en for English); audited")
    public Response personalDataPdf(@jakarta.ws.rs.QueryParam("lang") String lang) {
        java.util.Locale locale = "en".equals(lang) ? java.util.Locale.ENGLISH : java.util.Locale.ITALIAN;
        return Response.ok(personalDataPdf.pdf(subjectAccess.mine(), locale), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"dati-personali.pdf\"").build();
    }

    @GET
    @Path("tokens")
    @Tag(name = "people")
    @Operation(summary = "The caller's API tokens, newest first (their secrets are never shown again)")
    public java.util.List<TokenView> myTokens() {
        return tokens.mine().stream().map(t -> TokenView.of(t, null)).toList();
    }

    @GET
    @Path("tokens/{id}")
    @Operation(summary = "One of the caller's API tokens")
    public TokenView myToken(@PathParam("id") long id) {
        return TokenView.of(tokens.mine(id), null);
    }

    @POST
    @Path("tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a personal API token {name, readOnly, expiresOn}; the answer carries the token, shown this once. "
            + "Send it as Authorization: Bearer <token>")
    public Response createToken(ApiTokenService.NewToken body) {
        ApiTokenService.Made made = tokens.createMine(body);
        return Response.created(uri.getBaseUriBuilder().path("me/tokens/{id}").build(made.token().getId()))
                .entity(TokenView.of(made.token(), made.secret())).build();
    }

    @DELETE
    @Path("tokens/{id}")
    @Operation(summary = "Revoke one of the caller's tokens (or one the caller made): refused at once")
    public Response revokeToken(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
