package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.CertificateService;
import it.milano.levacivica.portal.interfaces.register.EndOfServiceCertificate;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The end-of-service certificate of a service year: whether it can be issued, issuing it, and its PDF. */
@Path("/service-years/{id}/certificate")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "service years")
public class CertificateResource {

    /** Whether the year can be certified: each condition, and the certificate if issued. */
    public record ReadinessView(boolean complete, boolean ended, boolean targetsMet, boolean inService, List<String> unapprovedMonths,
            String code, LocalDateTime issuedAt) {
        static ReadinessView of(CertificateService.Readiness r) {
            return new ReadinessView(r.complete(), r.ended(), r.targetsMet(), r.inService(), r.unapprovedMonths(),
                    r.issued() == null ? null : r.issued().code(), r.issued() == null ? null : r.issued().issuedAt());
        }
    }

    /** An issued certificate: its code, the volunteer's name and period as issued, when and by whom. Rome time. */
    public record CertificateView(long serviceYearId, String code, String volunteerName, LocalDate periodStart, LocalDate periodEnd,
            LocalDateTime issuedAt, String issuedBy) {
        static CertificateView of(CertificateService.Content c) {
            var i = c.issued();
            return new CertificateView(i.serviceYearId(), i.code(), i.volunteerName(), i.periodStart(), i.periodEnd(), i.issuedAt(), i.issuedBy());
        }
    }

    @Inject
    private CertificateService certificates;
    @Inject
    private EndOfServiceCertificate pdf;
    @Inject
    @ConfigProperty(name = "portal.publicOrigin", defaultValue = " ")
    private String publicOrigin;
    @Context
    private UriInfo uri;

    @GET
    @Path("readiness")
    @Operation(summary = "Whether the year is complete and can be certified, condition by condition")
    public ReadinessView readiness(@PathParam("id") long id) {
        return ReadinessView.of(certificates.readiness(id));
    }

    @POST
    @Operation(summary = "Coordinator: issue the end-of-service certificate of a complete year (409 year-not-complete otherwise)")
    public Response issue(@PathParam("id") long id) {
        CertificateView view = CertificateView.of(certificates.issue(id));
        return Response.status(201).entity(view).build();
    }

    @GET
    @Operation(summary = "The issued certificate of a year (404 if none)")
    public CertificateView get(@PathParam("id") long id) {
        return CertificateView.of(certificates.get(id));
    }

    @GET
    @Path("certificate.pdf")
    @Produces("application/pdf")
    @Operation(summary = "The issued certificate as PDF (Italian; ?lang=en for English)")
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang) {
        java.util.Locale locale = "en".equals(lang) ? java.util.Locale.ENGLISH : java.util.Locale.ITALIAN;
        String origin = publicOrigin.isBlank() ? uri.getBaseUri().resolve("/").toString() : publicOrigin.strip() + "/";
        byte[] bytes = pdf.pdf(certificates.get(id), locale, origin + "verify.xhtml");
        return Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"attestato-" + id + ".pdf\"").build();
    }
}
