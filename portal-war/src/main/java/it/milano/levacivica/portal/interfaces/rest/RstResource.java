package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.PlacementService;
import it.milano.levacivica.portal.application.PlacementService.PlacementFile;
import it.milano.levacivica.portal.domain.rst.BeneficiaryCategory;
import it.milano.levacivica.portal.domain.rst.DeclaredStay;
import it.milano.levacivica.portal.domain.rst.HousingType;
import it.milano.levacivica.portal.domain.rst.HousingUnit;
import it.milano.levacivica.portal.domain.rst.Pact;
import it.milano.levacivica.portal.domain.rst.Placement;
import it.milano.levacivica.portal.domain.rst.RstRules;
import it.milano.levacivica.portal.domain.rst.WaitingEntry;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** RST: housing units, placements, Social Pacts, accompaniment, alerts and occupancy. */
@Path("/rst")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "rst")
public class RstResource {

    /** A record added to a placement (a pact goal or step, an accompaniment): read in the placement, which the Location names. */
    public record AddedView(long id, long placementId, String kind) {
    }

    @jakarta.ws.rs.core.Context
    private jakarta.ws.rs.core.UriInfo uri;

    private Response added(long placementId, long id, String kind) {
        return Response.created(uri.getBaseUriBuilder().path("rst/placements/{id}").build(placementId))
                .entity(new AddedView(id, placementId, kind)).build();
    }


    /** A housing unit. */
    public record UnitView(long id, String name, HousingType type, int municipio, int places, String managingOrg) {
        static UnitView of(HousingUnit u) {
            return new UnitView(u.getId(), u.getName(), u.getType(), u.getMunicipio(), u.getPlaces(), u.getManagingOrg());
        }
    }

    /** A placement: the 18 months run from {@code firstStart} to {@code lastAllowedDay}. */
    public record PlacementView(long id, long caseId, String caseCode, String person, long unitId, String unit, BeneficiaryCategory category,
            LocalDate firstStart, LocalDate startDate, LocalDate plannedEnd, LocalDate lastAllowedDay, boolean pactAgreed, long version) {
        static PlacementView of(Placement p) {
            return new PlacementView(p.getId(), p.getSsptCase().getId(), p.getSsptCase().getCode(), p.getMember().getFullName(),
                    p.getUnit().getId(), p.getUnit().getName(), p.getCategory(), p.getFirstStart(), p.getStartDate(), p.getPlannedEnd(),
                    RstRules.lastAllowedDay(p.getFirstStart()), p.isPactAgreed(), p.getVersion());
        }
    }

    /** A goal of the Social Pact. */
    public record PactGoalView(long id, Pact.Area area, String goal) {
        static PactGoalView of(Pact.Goal g) {
            return new PactGoalView(g.getId(), g.getArea(), g.getGoal());
        }
    }

    /** A verification step of the Social Pact; {@code checkedOn} and {@code outcome} are null until it is checked. */
    public record PactStepView(long id, LocalDate dueDate, String description, LocalDate checkedOn, String outcome) {
        static PactStepView of(Pact.Step s) {
            return new PactStepView(s.getId(), s.getDueDate(), s.getDescription(), s.getCheckedOn(), s.getOutcome());
        }
    }

    /** An activity of accompaniment or home support; {@code note} may be null. */
    public record AccompanimentView(long id, Pact.AccompanimentKind kind, LocalDate doneOn, String note, String author) {
        static AccompanimentView of(Pact.Accompaniment a) {
            return new AccompanimentView(a.getId(), a.getKind(), a.getDoneOn(), a.getNote(), a.getAuthor().getFullName());
        }
    }

    /** The day each party agreed to the Social Pact, or null while they have not. */
    public record AgreementsView(LocalDate person, LocalDate organisation, LocalDate socialService) {
        static AgreementsView of(Placement p) {
            return new AgreementsView(p.getPersonAgreedOn(), p.getOrgAgreedOn(), p.getServiceAgreedOn());
        }
    }

    /** An earlier stay declared for the person: its first day, who declared it (user name) and when (UTC). */
    public record DeclaredStayView(LocalDate firstStart, String declaredBy, Instant declaredAt) {
        static DeclaredStayView of(DeclaredStay d) {
            return new DeclaredStayView(d.getFirstStart(), d.getDeclaredBy().getUsername(), d.getDeclaredAt().toInstant(ZoneOffset.UTC));
        }
    }

    /** A placement with its pact; {@code declaredStays}: earlier stays declared for its person, with who declared them (UTC). */
    public record PlacementFileView(PlacementView placement, List<PactGoalView> goals, List<PactStepView> steps,
            List<AccompanimentView> accompaniment, AgreementsView agreements, List<DeclaredStayView> declaredStays) {
        static PlacementFileView of(PlacementFile f) {
            Placement p = f.placement();
            return new PlacementFileView(PlacementView.of(p), f.goals().stream().map(PactGoalView::of).toList(),
                    f.steps().stream().map(PactStepView::of).toList(), f.accompaniment().stream().map(AccompanimentView::of).toList(),
                    AgreementsView.of(p), f.declaredStays().stream().map(DeclaredStayView::of).toList());
        }
    }

    /** A person waiting for a place of the housing type their category needs, since a day. */
    public record WaitingView(long id, String caseCode, String person, BeneficiaryCategory category, HousingType housingType, LocalDate since) {
        static WaitingView of(WaitingEntry w) {
            return new WaitingView(w.getId(), w.getSsptCase().getCode(), w.getMember().getFullName(), w.getCategory(),
                    w.getCategory().housing(), w.getSince());
        }
    }

    /** A verification step past its day without an outcome. */
    public record OverdueStepView(long id, LocalDate dueDate, long placementId) {
        static OverdueStepView of(Pact.Step s) {
            return new OverdueStepView(s.getId(), s.getDueDate(), s.getPlacement().getId());
        }
    }

    /** The social worker's alerts: placements at 16 months, ending within 30 days, overdue pact steps. */
    public record AlertsView(List<PlacementView> timeToPlanExit, List<PlacementView> endingSoon, List<OverdueStepView> overdueSteps) {
        static AlertsView of(PlacementService.Alerts a) {
            return new AlertsView(a.timeToPlanExit().stream().map(PlacementView::of).toList(),
                    a.endingSoon().stream().map(PlacementView::of).toList(), a.overdueSteps().stream().map(OverdueStepView::of).toList());
        }
    }

    /**
     * Places occupied in one housing type and one Municipio: {@code places} is null when it is suppressed, and
     * {@code suppressed} says why (SMALL: fewer than the threshold; COMPLEMENT: hidden so that a total does not reveal one).
     */
    public record OccupiedView(HousingType housingType, int municipio, Long places, it.milano.levacivica.portal.application.SmallCells.Suppression suppressed) {
    }

    /**
     * The places occupied on the first day of a month ({@code yyyy-MM}); housing types and Municipi with none are left out;
     * {@code withheld}: the month's counts are all too small to show, and {@code occupied} is empty.
     */
    public record OccupancyView(String month, List<OccupiedView> occupied, boolean withheld) {
        static OccupancyView of(PlacementService.MonthOccupancy m) {
            return new OccupancyView(m.month().toString(),
                    m.occupied().stream().map(o -> new OccupiedView(o.type(), o.municipio(), o.places(), o.suppressed())).toList(), m.withheld());
        }
    }

    @Inject
    private PlacementService rst;

    @GET
    @Path("units")
    @Operation(summary = "Housing units (social workers, coordinators)")
    public List<UnitView> units() {
        return rst.units().stream().map(UnitView::of).toList();
    }

    @POST
    @Path("units")
    @Operation(summary = "Register a housing unit: {name, type (SHARED_FLAT, PROTECTED_FLAT, APARTMENT), municipio, places, managingOrg}")
    public Response addUnit(PlacementService.UnitCommand cmd) {
        return Response.status(201).entity(UnitView.of(rst.addUnit(cmd))).build();
    }

    @POST
    @Path("cases/{caseId: [0-9]+}/placements")
    @Operation(summary = "Place a person of the case: {memberId, unitId, category, startDate, plannedEnd, declaredFirstStart?}; the 18 months "
            + "run from the person's earliest placement known to the portal (any unit) or declared earlier stay (declaredFirstStart: recorded "
            + "with who declared it, audited); 400 if category and housing type do not match or firstStart is earlier than that clock; 409 past "
            + "the last allowed day (named in the detail) or when the unit is full")
    public Response place(@PathParam("caseId") long caseId, PlacementService.PlacementCommand cmd) {
        PlacementView v = PlacementView.of(rst.place(caseId, cmd));
        return Response.created(uri.getBaseUriBuilder().path("rst/placements/{id}").build(v.id())).entity(v).build();
    }

    @GET
    @Path("cases/{caseId: [0-9]+}/placements")
    @Operation(summary = "Placements of a case; a restricted case needs the header X-Access-Reason (recorded)")
    public List<PlacementView> ofCase(@PathParam("caseId") long caseId, @jakarta.ws.rs.HeaderParam(AccessReason.HEADER) String reason) {
        return rst.ofCase(caseId, AccessReason.of(reason)).stream().map(PlacementView::of).toList();
    }

    @GET
    @Path("placements/{id: [0-9]+}")
    @Operation(summary = "A placement with its Social Pact and accompaniment (read audited); a restricted case needs the header "
            + "X-Access-Reason (recorded)")
    public PlacementFileView get(@PathParam("id") long id, @jakarta.ws.rs.HeaderParam(AccessReason.HEADER) String reason) {
        return PlacementFileView.of(rst.open(id, AccessReason.of(reason)));
    }

    @POST
    @Path("placements/{id: [0-9]+}/extend")
    @Operation(summary = "Extend the stay: {plannedEnd, version}; 409 past 18 months from the person's first start (names the last allowed day)")
    public PlacementView extend(@PathParam("id") long id, PlacementService.ExtendCommand cmd) {
        return PlacementView.of(rst.extend(id, cmd));
    }

    @POST
    @Path("placements/{id: [0-9]+}/pact/goals")
    @Operation(summary = "A goal of the Social Pact: {area (AUTONOMY, MONEY_MANAGEMENT, WORK, HOUSING_EXIT, HEALTH, SOCIALISATION), goal}")
    public Response goal(@PathParam("id") long id, PlacementService.PactGoalCommand cmd) {
        return added(id, rst.addGoal(id, cmd).getId(), "pact-goal");
    }

    @POST
    @Path("placements/{id: [0-9]+}/pact/steps")
    @Operation(summary = "A verification step: {dueDate, description}")
    public Response step(@PathParam("id") long id, PlacementService.StepCommand cmd) {
        return added(id, rst.addStep(id, cmd).getId(), "pact-step");
    }

    @POST
    @Path("pact-steps/{id: [0-9]+}/outcome")
    @Operation(summary = "The outcome recorded at a verification step: {checkedOn, outcome}")
    public Response outcome(@PathParam("id") long id, PlacementService.OutcomeCommand cmd) {
        rst.recordOutcome(id, cmd);
        return Response.ok().build();
    }

    @POST
    @Path("placements/{id: [0-9]+}/pact/agreements")
    @Operation(summary = "A party's agreement to the pact: {party (PERSON, ORGANISATION, SOCIAL_SERVICE), date}")
    public PlacementView agree(@PathParam("id") long id, PlacementService.AgreementCommand cmd) {
        return PlacementView.of(rst.agree(id, cmd));
    }

    @POST
    @Path("placements/{id: [0-9]+}/accompaniment")
    @Operation(summary = "An activity of accompaniment or home support: {kind, doneOn, note}")
    public Response accompaniment(@PathParam("id") long id, PlacementService.AccompanimentCommand cmd) {
        return added(id, rst.addAccompaniment(id, cmd).getId(), "accompaniment");
    }

    @POST
    @Path("cases/{caseId: [0-9]+}/waiting-list")
    @Operation(summary = "Put a person of the case on the waiting list: {memberId, category}; they wait for the housing type of their category")
    public Response waitFor(@PathParam("caseId") long caseId, PlacementService.WaitingCommand cmd) {
        return Response.status(201).entity(WaitingView.of(rst.wait(caseId, cmd))).build();
    }

    @GET
    @Path("waiting-list")
    @Operation(summary = "The waiting list of the social worker's Municipio, oldest first; placing a person takes them off it")
    public List<WaitingView> waitingList() {
        return rst.waitingList().stream().map(WaitingView::of).toList();
    }

    @POST
    @Path("placements/{id: [0-9]+}/tasks")
    @Operation(summary = "Give a volunteer a task about the placement: {serviceYearId, title, description, activityType, dueDate}; "
            + "the volunteer sees the task and the case code only, and records accompaniment through it")
    public Response share(@PathParam("id") long id, CaseResource.ShareCommand cmd) {
        if (cmd == null || cmd.serviceYearId() == null) {
            throw it.milano.levacivica.portal.application.InvalidInputException.of("serviceYearId", "validation.required");
        }
        var t = rst.shareWithVolunteer(id, cmd.serviceYearId(), new it.milano.levacivica.portal.application.TaskService.TaskCommand(
                cmd.title(), cmd.description(), cmd.activityType(), cmd.dueDate(), null));
        return Response.status(201).entity(CheckInViews.TaskView.of(t)).build();
    }

    @POST
    @Path("tasks/{taskId: [0-9]+}/accompaniment")
    @Operation(summary = "The volunteer of a task about a placement records accompaniment through it: {kind, doneOn, note}")
    public Response accompanyThroughTask(@PathParam("taskId") long taskId, PlacementService.AccompanimentCommand cmd) {
        rst.accompanyThroughTask(taskId, cmd);
        return Response.status(201).build();
    }

    @GET
    @Path("alerts")
    @Operation(summary = "The social worker's alerts: placements at 16 months, ending within 30 days, overdue pact steps")
    public AlertsView alerts() {
        return AlertsView.of(rst.alerts());
    }

    @GET
    @Path("occupancy")
    @Operation(summary = "Occupied places by housing type and Municipio on the first day of each of the last 12 months (counts only; "
            + "cells below portal.statistics.minCell are suppressed with their complements, or the month withheld)")
    public List<OccupancyView> occupancy() {
        return rst.occupancy().stream().map(OccupancyView::of).toList();
    }
}
