package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.RetentionService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Retention (issue 15): the periods in force and a run of the job now. A person's copy of their data is at
 * {@code /me/personal-data} ({@link MeResource}), a case member's, rectification and restriction under
 * {@code /cases/{id}} ({@link CaseResource}). docs/privacy.md says what is kept, why and for how long.
 */
@Path("/retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "privacy")
public class PrivacyResource {

    /**
     * What a run of the retention job did; {@code skipped} is null when it ran, else why not
     * ({@code running-elsewhere}, {@code already-ran-today}).
     */
    public record RetentionRunView(boolean ran, LocalDate today, int loginFailuresErased, List<String> casesPseudonymised,
            List<String> casesHeld, List<Long> serviceYearsErased, String skipped) {
        static RetentionRunView of(RetentionService.Outcome o) {
            return new RetentionRunView(o.ran(), o.today(), o.loginFailuresErased(), o.casesPseudonymised(), o.casesHeld(),
                    o.serviceYearsErased(), o.skipped());
        }
    }

    /** The retention periods in force (MicroProfile Config, docs/operations.md). */
    public record RetentionPeriodsView(int loginFailureDays, int closedCaseYears, int serviceYearTextYears) {
    }

    @Inject
    private RetentionService retention;

    @GET
    @Operation(summary = "The retention periods in force (administrators)")
    public RetentionPeriodsView retentionPeriods() {
        RetentionService.Periods p = retention.periods();
        return new RetentionPeriodsView(p.loginFailureDays(), p.closedCaseYears(), p.serviceYearTextYears());
    }

    @POST
    @Path("run")
    @Operation(summary = "Run the retention job now (administrators): erases or pseudonymises what is past its period, except what a "
            + "legal hold keeps; every step is audited. It also runs by itself every night, once per cluster")
    public RetentionRunView runRetention() {
        return RetentionRunView.of(retention.runNow());
    }
}
