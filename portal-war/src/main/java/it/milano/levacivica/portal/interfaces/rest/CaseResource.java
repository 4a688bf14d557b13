package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.AuditTrail;
import it.milano.levacivica.portal.application.CaseService;
import it.milano.levacivica.portal.application.CaseService.CaseCommand;
import it.milano.levacivica.portal.application.CaseService.CaseFile;
import it.milano.levacivica.portal.application.CaseStatistics;
import it.milano.levacivica.portal.application.InvalidInputException;
import it.milano.levacivica.portal.application.TaskService;
import it.milano.levacivica.portal.domain.audit.AuditRecord;
import it.milano.levacivica.portal.domain.sspt.AccessChannel;
import it.milano.levacivica.portal.domain.sspt.CaseDetail;
import it.milano.levacivica.portal.domain.sspt.CaseLevel;
import it.milano.levacivica.portal.domain.sspt.CaseOutcome;
import it.milano.levacivica.portal.domain.sspt.CasePhase;
import it.milano.levacivica.portal.domain.sspt.CaseTransition;
import it.milano.levacivica.portal.domain.sspt.SsptCase;
import it.milano.levacivica.portal.domain.sspt.TargetGroup;
import jakarta.enterprise.context.RequestScoped;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** SSPT cases: list, open, create, change, phases, plan, interventions, monitoring; statistics; the audit trail. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "sspt cases")
public class CaseResource {

    /** A case in a list; {@code outcome} and {@code closedOn} are null until it is closed. */
    /**
     * A case in a list; {@code outcome} and {@code closedOn} are null until it is closed; {@code restricted}: read only,
     * reads need a reason; {@code personalDataErasedOn}: the day the retention job pseudonymised it, or null.
     */
    public record CaseView(long id, String code, int municipio, CaseLevel level, AccessChannel accessChannel, TargetGroup targetGroup,
            boolean nonResident, CasePhase phase, CaseOutcome outcome, String responsible, LocalDate openedOn, LocalDate closedOn, long version,
            boolean restricted, LocalDate personalDataErasedOn) {
        static CaseView of(SsptCase c) {
            return new CaseView(c.getId(), c.getCode(), c.getMunicipio(), c.getLevel(), c.getAccessChannel(), c.getTargetGroup(),
                    c.isNonResident(), c.getPhase(), c.getOutcome(), c.getResponsible().getFullName(), c.getOpenedOn(), c.getClosedOn(),
                    c.getVersion(), c.isRestricted(), c.getPersonalDataErasedOn());
        }
    }

    /** A correction of a household member: the values before it, who made it, when (UTC) and why. */
    public record MemberCorrectionView(long memberId, java.time.Instant changedAt, String changedBy, String oldFullName, LocalDate oldBirthDate,
            String oldRelation, String reason) {
        static MemberCorrectionView of(CaseDetail.MemberChange k) {
            return new MemberCorrectionView(k.getMember().getId(), k.getChangedAt().toInstant(java.time.ZoneOffset.UTC),
                    k.getChangedBy().getFullName(), k.getOldFullName(), k.getOldBirthDate(), k.getOldRelation(), k.getReason());
        }
    }

    /** A move between phases, at a local time (Rome); {@code note} may be null. */
    public record CaseTransitionView(CasePhase from, CasePhase to, String actor, LocalDateTime at, String note) {
        static CaseTransitionView of(CaseTransition t) {
            return new CaseTransitionView(t.getFromPhase(), t.getToPhase(), t.getActor().getFullName(), t.getOccurredAt(), t.getNote());
        }
    }

    /** A person of the household; {@code birthDate} and {@code relation} may be null. */
    public record MemberView(long id, String fullName, LocalDate birthDate, String relation, long version) {
        static MemberView of(CaseDetail.Member m) {
            return new MemberView(m.getId(), m.getFullName(), m.getBirthDate(), m.getRelation(), m.getVersion());
        }
    }

    /** A goal of the plan; all but {@code goal} may be null. */
    public record GoalView(long id, String goal, String actions, String responsible, LocalDate deadline, LocalDate agreedOn) {
        static GoalView of(CaseDetail.Goal g) {
            return new GoalView(g.getId(), g.getGoal(), g.getActions(), g.getResponsible(), g.getDeadline(), g.getAgreedOn());
        }
    }

    /** An intervention with a network partner; {@code endDate} and {@code nextCheck} may be null. */
    public record InterventionView(long id, String type, String partner, LocalDate startDate, LocalDate endDate, LocalDate nextCheck) {
        static InterventionView of(CaseDetail.Intervention i) {
            return new InterventionView(i.getId(), i.getType(), i.getPartner(), i.getStartDate(), i.getEndDate(), i.getNextCheck());
        }
    }

    /** A monitoring note. */
    public record MonitoringView(long id, LocalDate checkedOn, String note, String author) {
        static MonitoringView of(CaseDetail.Monitoring m) {
            return new MonitoringView(m.getId(), m.getCheckedOn(), m.getNote(), m.getAuthor().getFullName());
        }
    }

    /** A case in full: its data, the timeline of phases, the household, collaborators (names), plan, interventions, monitoring. */
    public record CaseFileView(CaseView ssptCase, String courtAuthority, String courtOrderRef, LocalDate courtOrderDate, String summary,
            List<CaseTransitionView> timeline, List<MemberView> household, List<String> collaborators, List<GoalView> goals,
            List<InterventionView> interventions, List<MonitoringView> monitoring, boolean editable, List<MemberCorrectionView> corrections) {
        static CaseFileView of(CaseFile f) {
            SsptCase c = f.ssptCase();
            return new CaseFileView(CaseView.of(c), c.getCourtAuthority(), c.getCourtOrderRef(), c.getCourtOrderDate(), c.getSummary(),
                    f.transitions().stream().map(CaseTransitionView::of).toList(), f.members().stream().map(MemberView::of).toList(),
                    f.collaborators().stream().map(k -> k.getPerson().getFullName()).toList(), f.goals().stream().map(GoalView::of).toList(),
                    f.interventions().stream().map(InterventionView::of).toList(), f.monitoring().stream().map(MonitoringView::of).toList(),
                    f.editable(), f.corrections().stream().map(MemberCorrectionView::of).toList());
        }
    }

    /** An audit record: {@code at} is an instant (UTC, ending in Z); {@code seq} its place in the hash chain. */
    public record AuditView(long seq, java.time.Instant at, String actor, String action, String recordType, Long recordId, String detail,
            String from) {
        static AuditView of(AuditRecord a) {
            return new AuditView(a.getSeq(), a.getOccurredAt().toInstant(java.time.ZoneOffset.UTC), a.getActor(), a.getAction(),
                    a.getRecordType(), a.getRecordId(), a.getDetail(), a.getRemoteAddress());
        }
    }

    /** The outcome of a verification of the audit chain. */
    public record ChainView(boolean intact, long checked, Long firstBrokenSeq, String reason) {
    }

    /** A task shared with a volunteer: the year it is for, and the task ({@link TaskService.TaskCommand}). */
    public record ShareCommand(Long serviceYearId, String title, String description, it.milano.levacivica.core.rules.ActivityType activityType,
            LocalDate dueDate) {
    }

    /** A collaborator to add. */
    public record CollaboratorCommand(Long personId) {
    }

    /**
     * A record added to a case (a household member, a goal, an intervention, a monitoring note, a
     * collaborator): it is read in its case's file, which the {@code Location} names.
     */
    public record AddedView(long id, long caseId, String kind) {
    }

    @Context
    private jakarta.ws.rs.core.UriInfo uri;

    private Response added(long caseId, long id, String kind) {
        return Response.created(uri.getBaseUriBuilder().path("cases/{id}").build(caseId)).entity(new AddedView(id, caseId, kind)).build();
    }

    @Inject
    private CaseService cases;
    @Inject
    private CaseStatistics statistics;
    @Inject
    private it.milano.levacivica.portal.application.SubjectAccessService subjectAccess;
    @Inject
    private it.milano.levacivica.portal.interfaces.register.PersonalDataPdf personalDataPdf;
    @Inject
    private AuditTrail audit;

    @Context
    private HttpServletResponse response;

    @GET
    @Path("cases")
    @Operation(summary = "The cases of the social worker's Municipio, newest first, optionally in one phase (social workers only). "
            + "Paged: at most limit (default 50, at most 500); the header Link rel=\"next\" gives the next page")
    public List<CaseView> list(@QueryParam("phase") String phase, @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        CasePhase only = QueryValues.constant(CasePhase.class, phase, "phase");
        Paging page = Paging.of(limit, cursor);
        return page.page(cases.myMunicipioPage(only, page.afterNumber(), page.fetch()), c -> c.getId().toString(), uri, response).stream()
                .map(CaseView::of).toList();
    }

    @GET
    @Path("cases/overdue-checks")
    @Operation(summary = "The interventions of the social worker's Municipio's open cases whose check date is past and that have not "
            + "ended, the longest overdue first, at most 100 (social workers only; the list is audited). A restricted case shows its "
            + "code and date only")
    public List<CaseService.OverdueCheck> overdueChecks() {
        return cases.overdueChecks();
    }

    @POST
    @Path("cases")
    @Operation(summary = "Open a case in the social worker's Municipio; a second-level case needs the authority, the order's reference and date")
    public Response create(CaseCommand cmd) {
        CaseView v = CaseView.of(cases.create(cmd));
        return Response.created(uri.getBaseUriBuilder().path("cases/{id}").build(v.id())).entity(v).build();
    }

    @GET
    @Path("cases/{id: [0-9]+}")
    @Operation(summary = "A case in full (social workers of its Municipio; the read is audited); 404 for anyone else. A restricted "
            + "case is read only with the header X-Access-Reason (percent-encoded UTF-8), recorded in the audit trail; without it 403 "
            + "/problems/reason-required")
    public CaseFileView get(@PathParam("id") long id, @jakarta.ws.rs.HeaderParam(AccessReason.HEADER) String reason) {
        return CaseFileView.of(cases.open(id, AccessReason.of(reason)));
    }

    @PUT
    @Path("cases/{id: [0-9]+}")
    @Operation(summary = "Change a case's data (responsible or collaborator; version)")
    public CaseView update(@PathParam("id") long id, CaseCommand cmd) {
        return CaseView.of(cases.update(id, cmd));
    }

    @POST
    @Path("cases/{id: [0-9]+}/transitions")
    @Operation(summary = "Move to another phase in the seed's order: {to, outcome (to close), note}; 409 if the order does not allow it")
    public CaseView move(@PathParam("id") long id, CaseService.TransitionCommand cmd) {
        return CaseView.of(cases.move(id, cmd));
    }

    @POST
    @Path("cases/{id: [0-9]+}/members")
    @Operation(summary = "Add a person of the household")
    public Response member(@PathParam("id") long id, CaseService.MemberCommand cmd) {
        return added(id, cases.addMember(id, cmd).getId(), "member");
    }

    @POST
    @Path("cases/{id: [0-9]+}/collaborators")
    @Operation(summary = "The responsible social worker adds a colleague, who may then change the case")
    public Response collaborator(@PathParam("id") long id, CollaboratorCommand cmd) {
        if (cmd == null || cmd.personId() == null) {
            throw InvalidInputException.of("personId", "validation.required");
        }
        cases.addCollaborator(id, cmd.personId());
        return added(id, cmd.personId(), "collaborator");
    }

    @POST
    @Path("cases/{id: [0-9]+}/goals")
    @Operation(summary = "Add a goal of the plan (planning or monitoring): goal, actions, responsible, deadline, date agreed with the person")
    public Response goal(@PathParam("id") long id, CaseService.GoalCommand cmd) {
        return added(id, cases.addGoal(id, cmd).getId(), "goal");
    }

    @POST
    @Path("cases/{id: [0-9]+}/interventions")
    @Operation(summary = "Record an intervention with a network partner: type, partner, start, end, next check date")
    public Response intervention(@PathParam("id") long id, CaseService.InterventionCommand cmd) {
        return added(id, cases.addIntervention(id, cmd).getId(), "intervention");
    }

    @POST
    @Path("cases/{id: [0-9]+}/monitoring")
    @Operation(summary = "Record a periodic check")
    public Response monitoring(@PathParam("id") long id, CaseService.MonitoringCommand cmd) {
        return added(id, cases.addMonitoring(id, cmd).getId(), "monitoring");
    }

    @POST
    @Path("cases/{id: [0-9]+}/tasks")
    @Operation(summary = "Give a volunteer a task about the case: the volunteer sees the task and the case's code only")
    public Response share(@PathParam("id") long id, ShareCommand cmd) {
        if (cmd == null || cmd.serviceYearId() == null) {
            throw InvalidInputException.of("serviceYearId", "validation.required");
        }
        var t = cases.shareWithVolunteer(id, cmd.serviceYearId(),
                new TaskService.TaskCommand(cmd.title(), cmd.description(), cmd.activityType(), cmd.dueDate(), null));
        return Response.status(201).entity(CheckInViews.TaskView.of(t)).build();
    }

    @PUT
    @Path("cases/{id: [0-9]+}/members/{memberId: [0-9]+}")
    @Tag(name = "privacy")
    @Operation(summary = "Correct a household member's data (GDPR art. 16; the responsible social worker): {fullName, birthDate, relation, "
            + "reason, version}; what was there is kept with who, when and why (the case file's corrections); 423 while the case is restricted")
    public MemberView rectify(@PathParam("id") long id, @PathParam("memberId") long memberId, CaseService.RectifyCommand cmd) {
        return MemberView.of(cases.rectify(id, memberId, cmd));
    }

    @POST
    @Path("cases/{id: [0-9]+}/restriction")
    @Tag(name = "privacy")
    @Operation(summary = "Restrict the case (GDPR art. 18) or lift the restriction (the responsible social worker): {restricted, reason}. "
            + "A restricted case is read only, each read needs the header X-Access-Reason (recorded), and retention keeps it")
    public CaseView restrict(@PathParam("id") long id, CaseService.RestrictionCommand cmd) {
        return CaseView.of(cases.restrict(id, cmd));
    }

    @GET
    @Path("cases/{id: [0-9]+}/members/{memberId: [0-9]+}/personal-data")
    @Tag(name = "privacy")
    @Operation(summary = "A copy of all the data about a member of the case (GDPR art. 15 and 20), made by its responsible social worker "
            + "or a collaborator to give to the person: their data and its corrections, the case, plan, interventions, monitoring, their "
            + "placements, and the audit of reads of the case; nothing about the other members but their number. Audited; a restricted "
            + "case needs X-Access-Reason")
    public it.milano.levacivica.portal.application.PersonalData.CaseMemberCopy memberData(@PathParam("id") long id,
            @PathParam("memberId") long memberId, @jakarta.ws.rs.HeaderParam(AccessReason.HEADER) String reason) {
        var copy = subjectAccess.member(id, memberId, AccessReason.of(reason));
        response.setHeader("Content-Disposition", "attachment; filename=\"dati-personali-" + copy.ssptCase().code() + ".json\"");
        return copy;
    }

    @GET
    @Path("cases/{id: [0-9]+}/members/{memberId: [0-9]+}/personal-data.pdf")
    @Produces("application/pdf")
    @Tag(name = "privacy")
    @Operation(summary = "The same copy of a case member's data as a readable PDF (Italian; ?lang=en for English); audited")
    public Response memberDataPdf(@PathParam("id") long id, @PathParam("memberId") long memberId,
            @jakarta.ws.rs.HeaderParam(AccessReason.HEADER) String reason, @QueryParam("lang") String lang) {
        java.util.Locale locale = "en".equals(lang) ? java.util.Locale.ENGLISH : java.util.Locale.ITALIAN;
        var copy = subjectAccess.member(id, memberId, AccessReason.of(reason));
        return Response.ok(personalDataPdf.pdf(copy, locale), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"dati-personali-" + copy.ssptCase().code() + ".pdf\"").build();
    }

    @GET
    @Path("case-statistics")
    @Operation(summary = "Counts of cases by Municipio, level, target group and phase, opened and closed per month, average days per phase "
            + "(coordinators, social workers); cells below minCell are suppressed with their complements, or a table withheld")
    public CaseStatistics.Counts statistics() {
        return statistics.counts();
    }

    @GET
    @Path("audit")
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @Operation(summary = "Search the audit trail by person, record and period (administrators), newest first. JSON is paged: at most "
            + "limit (default 50, at most 500), the header Link rel=\"next\" gives the next page; format=csv exports up to 1,000 records")
    public Response audit(@QueryParam("actor") String actor, @QueryParam("recordType") String type, @QueryParam("recordId") String recordId,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("format") String format,
            @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        Long record = QueryValues.id(recordId, "recordId");
        if (!"csv".equals(format)) {
            Paging page = Paging.of(limit, cursor);
            List<AuditRecord> read = audit.searchPage(actor, type, record, start(from, "from"), start(to, "to"), page.afterNumber(), page.fetch());
            String next = page.next(read, a -> Long.toString(a.getSeq()), uri);
            Response.ResponseBuilder ok = Response.ok(page.items(read).stream().map(AuditView::of).toList(), MediaType.APPLICATION_JSON);
            return (next == null ? ok : ok.header("Link", next)).build();
        }
        List<AuditView> records = audit.search(actor, type, record, start(from, "from"), start(to, "to")).stream().map(AuditView::of).toList();
        StringBuilder csv = new StringBuilder("at;actor;action;recordType;recordId;detail;from\n");
        for (AuditView a : records) {
            csv.append(a.at()).append(';').append(a.actor()).append(';').append(a.action()).append(';').append(a.recordType()).append(';')
                    .append(a.recordId() == null ? "" : a.recordId()).append(";\"")
                    .append(a.detail() == null ? "" : guard(a.detail()).replace("\"", "\"\"")).append("\";").append(a.from()).append('\n');
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8").header("Content-Disposition", "attachment; filename=\"audit.csv\"").build();
    }

    @GET
    @Path("audit/chain")
    @Operation(summary = "Verify the audit trail's hash chain (administrators); the verification is recorded too")
    public ChainView verifyAuditChain() {
        var r = audit.verifyChain();
        return new ChainView(r.intact(), r.checked(), r.firstBrokenSeq(), r.reason());
    }

    /** A spreadsheet must not read a text as a formula. */
    private static String guard(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** @return the start of the day (Europe/Rome, as people mean it) in UTC, as the audit trail stores it */
    private static LocalDateTime start(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).atStartOfDay(it.milano.levacivica.portal.infrastructure.ClockProducer.ZONE)
                    .withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime();
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "validation.date");
        }
    }
}
