package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.checkin.Task;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.sspt.AccessChannel;
import it.milano.levacivica.portal.domain.sspt.CaseDetail;
import it.milano.levacivica.portal.domain.sspt.CaseLevel;
import it.milano.levacivica.portal.domain.sspt.CaseOutcome;
import it.milano.levacivica.portal.domain.sspt.CasePhase;
import it.milano.levacivica.portal.domain.sspt.CaseRepository;
import it.milano.levacivica.portal.domain.sspt.CaseTransition;
import it.milano.levacivica.portal.domain.sspt.SsptCase;
import it.milano.levacivica.portal.domain.sspt.TargetGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * SSPT cases. Social workers see the cases of their Municipio; only the responsible social worker, or one
 * they added, changes a case. Coordinators get statistics only ({@link CaseStatistics}); administrators
 * no case content at all; volunteers only a task's case code. Every read and change is audited. A case
 * the caller may not see is answered as not found.
 */
@ApplicationScoped
@Transactional
public class CaseService {

    /**
     * A case's data; a second-level case needs the court authority, the order's reference and its date.
     *
     * @param municipio optional: must be the social worker's own
     * @param level FIRST or SECOND (required)
     * @param accessChannel how the person reached the service (required)
     * @param targetGroup required
     * @param summary at most 2000 characters
     * @param version the version read (updates only)
     */
    public record CaseCommand(Integer municipio, CaseLevel level, String courtAuthority, String courtOrderRef, LocalDate courtOrderDate,
            AccessChannel accessChannel, TargetGroup targetGroup, Boolean nonResident, String summary, Long version) {
    }

    /** A move between phases: the outcome is needed to close. */
    public record TransitionCommand(CasePhase to, CaseOutcome outcome, String note, Long version) {
    }

    /** A household member. */
    public record MemberCommand(String fullName, LocalDate birthDate, String relation) {
    }

    /** A goal of the plan. */
    public record GoalCommand(String goal, String actions, String responsible, LocalDate deadline, LocalDate agreedOn) {
    }

    /** An intervention with a network partner (the start is required). */
    public record InterventionCommand(String type, String partner, LocalDate startDate, LocalDate endDate, LocalDate nextCheck) {
    }

    /** A monitoring note (the day of the check is required). */
    public record MonitoringCommand(LocalDate checkedOn, String note) {
    }

    /** Everything about a case, for its social workers. */
    public record CaseFile(SsptCase ssptCase, List<CaseTransition> transitions, List<CaseDetail.Member> members,
            List<CaseDetail.Collaborator> collaborators, List<CaseDetail.Goal> goals, List<CaseDetail.Intervention> interventions,
            List<CaseDetail.Monitoring> monitoring, boolean editable) {
    }

    @Inject
    private CaseRepository cases;
    @Inject
    private PersonRepository people;
    @Inject
    private CurrentUser caller;
    @Inject
    private AuditTrail audit;
    @Inject
    private TaskService tasks;
    @Inject
    private Clock clock;

    /** @return the cases of the caller's Municipio (social workers) */
    public List<SsptCase> myMunicipio() {
        int m = municipio();
        List<SsptCase> list = cases.inMunicipio(m);
        audit.record("LIST", "CASE", null, "municipio " + m + ", " + list.size() + " cases");
        return list;
    }

    /**
     * A page of the cases of the caller's Municipio (social workers), newest first; the list is audited.
     *
     * @param phase only cases in this phase, or null
     * @param beforeId the id of the previous page's last case, or null for the first page
     * @param max at most this many
     * @return the cases, read in the database
     */
    public List<SsptCase> myMunicipioPage(CasePhase phase, Long beforeId, int max) {
        int m = municipio();
        List<SsptCase> list = cases.pageInMunicipio(m, phase, beforeId, max);
        audit.record("LIST", "CASE", null, "municipio " + m + ", " + list.size() + " cases"
                + (phase == null ? "" : " in " + phase) + (beforeId == null ? "" : " before " + beforeId));
        return list;
    }

    /** @return the interventions of the caller's Municipio past their check date */
    public List<CaseDetail.Intervention> overdueChecks() {
        int m = municipio();
        LocalDate today = LocalDate.now(clock);
        List<CaseDetail.Intervention> list = cases.interventionsInMunicipio(m).stream()
                .filter(i -> i.getSsptCase().isOpen() && i.isCheckOverdue(today)).toList();
        audit.record("LIST", "INTERVENTION", null, "overdue checks in municipio " + m);
        return list;
    }

    /** @return the whole case file (read audited) */
    public CaseFile open(long caseId) {
        SsptCase c = readable(caseId);
        audit.record("READ", "CASE", c.getId(), c.getCode());
        return new CaseFile(c, cases.transitions(c.getId()), cases.members(c.getId()), cases.collaborators(c.getId()),
                cases.goals(c.getId()), cases.interventions(c.getId()), cases.monitoring(c.getId()), mayEdit(c));
    }

    /** A social worker opens a case in their Municipio; they are its responsible. */
    public SsptCase create(CaseCommand cmd) {
        int m = municipio();
        Parsed p = parse(cmd);
        if (cmd.municipio() != null && cmd.municipio() != m) {
            throw InvalidInputException.of("municipio", "case.validation.municipio");
        }
        SsptCase c = new SsptCase(m, caller.person(), LocalDate.now(clock));
        c.describe(p.level, blank(cmd.courtAuthority()), blank(cmd.courtOrderRef()), p.courtOrderDate, p.channel, p.group,
                Boolean.TRUE.equals(cmd.nonResident()), cmd.summary());
        cases.add(c);
        audit.record("CREATE", "CASE", c.getId(), c.getCode());
        return c;
    }

    /** Changes a case's data (responsible or collaborator; the version read). */
    public SsptCase update(long caseId, CaseCommand cmd) {
        SsptCase c = editable(caseId);
        if (cmd == null || cmd.version() == null || cmd.version() != c.getVersion()) {
            throw cmd == null || cmd.version() == null ? InvalidInputException.of("version", "validation.version")
                    : new StaleVersionException("error.stale");
        }
        Parsed p = parse(cmd);
        c.describe(p.level, blank(cmd.courtAuthority()), blank(cmd.courtOrderRef()), p.courtOrderDate, p.channel, p.group,
                Boolean.TRUE.equals(cmd.nonResident()), cmd.summary());
        audit.record("UPDATE", "CASE", c.getId(), c.getCode());
        return c;
    }

    /** Moves a case to another phase, in the seed's order. */
    public SsptCase move(long caseId, TransitionCommand cmd) {
        SsptCase c = editable(caseId);
        FieldCheck.of(cmd).required("to", cmd.to()).that(cmd.note() == null || cmd.note().length() <= 1000, "note", "validation.note").orThrow();
        if (cmd.version() != null && cmd.version() != c.getVersion()) {
            throw new StaleVersionException("error.stale");
        }
        CasePhase to = cmd.to();
        CaseOutcome outcome = cmd.outcome();
        String refusal = c.getPhase().refusal(to, outcome);
        if (refusal != null) {
            throw new ConflictException(refusal, c.getPhase().name(), to.name());
        }
        CaseTransition t = c.move(to, outcome, caller.person(), cmd.note(), LocalDateTime.now(clock)).orElseThrow();
        cases.add(t);
        audit.record("TRANSITION", "CASE", c.getId(), t.getFromPhase() + " -> " + t.getToPhase());
        return c;
    }

    public CaseDetail.Member addMember(long caseId, MemberCommand cmd) {
        SsptCase c = editable(caseId);
        FieldCheck.of(cmd).text("fullName", cmd.fullName(), 200).that(cmd.relation() == null || cmd.relation().length() <= 100, "relation", "validation.tooLong").orThrow();
        CaseDetail.Member m = new CaseDetail.Member(c, cmd.fullName(), cmd.birthDate(), blank(cmd.relation()));
        cases.add(m);
        audit.record("ADD_MEMBER", "CASE", c.getId(), null);
        return m;
    }

    /** The responsible social worker adds a colleague of the same Municipio, who may then edit the case. */
    public void addCollaborator(long caseId, long personId) {
        SsptCase c = editable(caseId);
        if (!c.getResponsible().getId().equals(caller.person().getId())) {
            throw new AccessDeniedException("case.error.onlyResponsible");
        }
        Person p = people.find(personId).filter(x -> x.hasRole(Role.SOCIAL_WORKER))
                .orElseThrow(() -> InvalidInputException.of("personId", "case.validation.socialWorker"));
        if (!cases.isCollaborator(c.getId(), p.getId())) {
            cases.add(new CaseDetail.Collaborator(c, p));
        }
        audit.record("ADD_COLLABORATOR", "CASE", c.getId(), p.getUsername());
    }

    public CaseDetail.Goal addGoal(long caseId, GoalCommand cmd) {
        SsptCase c = editable(caseId);
        if (c.getPhase() != CasePhase.PLANNING && c.getPhase() != CasePhase.MONITORING) {
            throw new ConflictException("case.error.planningOnly");
        }
        FieldCheck.of(cmd).text("goal", cmd.goal(), 500).that(cmd.actions() == null || cmd.actions().length() <= 1000, "actions", "validation.tooLong").orThrow();
        CaseDetail.Goal g = new CaseDetail.Goal(c, cmd.goal(), blank(cmd.actions()), blank(cmd.responsible()),
                cmd.deadline(), cmd.agreedOn());
        cases.add(g);
        audit.record("ADD_GOAL", "CASE", c.getId(), null);
        return g;
    }

    public CaseDetail.Intervention addIntervention(long caseId, InterventionCommand cmd) {
        SsptCase c = editable(caseId);
        FieldCheck.of(cmd).text("type", cmd.type(), 200).text("partner", cmd.partner(), 200).required("startDate", cmd.startDate()).orThrow();
        CaseDetail.Intervention i = new CaseDetail.Intervention(c, cmd.type(), cmd.partner(), cmd.startDate(), cmd.endDate(), cmd.nextCheck());
        cases.add(i);
        audit.record("ADD_INTERVENTION", "CASE", c.getId(), null);
        return i;
    }

    public CaseDetail.Monitoring addMonitoring(long caseId, MonitoringCommand cmd) {
        SsptCase c = editable(caseId);
        FieldCheck.of(cmd).text("note", cmd.note(), 2000).required("checkedOn", cmd.checkedOn()).orThrow();
        CaseDetail.Monitoring m = new CaseDetail.Monitoring(c, cmd.checkedOn(), cmd.note(), caller.person());
        cases.add(m);
        audit.record("ADD_MONITORING", "CASE", c.getId(), null);
        return m;
    }

    /**
     * A social worker of the case gives a volunteer a task about it: the volunteer sees the task and the
     * case's code only.
     */
    public Task shareWithVolunteer(long caseId, long serviceYearId, TaskService.TaskCommand cmd) {
        SsptCase c = editable(caseId);
        Task t = tasks.createForCase(serviceYearId, c, cmd);
        audit.record("SHARE_TASK", "CASE", c.getId(), "task " + t.getId() + " to " + t.getServiceYear().getVolunteer().getUsername());
        return t;
    }

    /** For sibling services (RST): the case if the caller may read it, else not found. */
    SsptCase readableCase(long caseId) {
        return readable(caseId);
    }

    /** For sibling services (RST): the case if the caller may change it. */
    SsptCase editableCase(long caseId) {
        return editable(caseId);
    }

    /** For sibling services (RST): the caller's Municipio (social workers). */
    int callerMunicipio() {
        return municipio();
    }

    /** The case if the caller may read it; otherwise 404, and a refusal of an existing case is audited. */
    private SsptCase readable(long caseId) {
        SsptCase c = cases.find(caseId).orElseThrow(() -> new NotFoundException("error.notFound"));
        Integer m = caller.is(Role.SOCIAL_WORKER) ? caller.person().getMunicipio() : null;
        if (m == null || c.getMunicipio() != m) {
            audit.recordRefusal("DENIED_READ", "CASE", c.getId(), null);
            throw new NotFoundException("error.notFound");
        }
        return c;
    }

    private SsptCase editable(long caseId) {
        SsptCase c = readable(caseId);
        if (!mayEdit(c)) {
            audit.recordRefusal("DENIED_UPDATE", "CASE", c.getId(), null);
            throw new AccessDeniedException("case.error.notResponsible");
        }
        return c;
    }

    private boolean mayEdit(SsptCase c) {
        long me = caller.person().getId();
        return c.getResponsible().getId() == me || cases.isCollaborator(c.getId(), me);
    }

    private int municipio() {
        caller.require(Role.SOCIAL_WORKER);
        Integer m = caller.person().getMunicipio();
        if (m == null) {
            throw new ConflictException("case.error.noMunicipio");
        }
        return m;
    }

    private record Parsed(CaseLevel level, LocalDate courtOrderDate, AccessChannel channel, TargetGroup group) {
    }

    private static Parsed parse(CaseCommand cmd) {
        FieldCheck.of(cmd).required("level", cmd.level()).required("accessChannel", cmd.accessChannel())
                .required("targetGroup", cmd.targetGroup())
                .that(cmd.summary() == null || cmd.summary().length() <= 2000, "summary", "validation.tooLong").orThrow();
        CaseLevel level = cmd.level();
        if (level == CaseLevel.SECOND) {
            FieldCheck.of(cmd).text("courtAuthority", cmd.courtAuthority(), 200).text("courtOrderRef", cmd.courtOrderRef(), 100)
                    .required("courtOrderDate", cmd.courtOrderDate()).orThrow();
        }
        return new Parsed(level, cmd.courtOrderDate(), cmd.accessChannel(), cmd.targetGroup());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
