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

    /**
     * Everything about a case, for its social workers; {@code editable} is false while it is restricted;
     * {@code corrections} are the household's corrections, oldest first.
     */
    public record CaseFile(SsptCase ssptCase, List<CaseTransition> transitions, List<CaseDetail.Member> members,
            List<CaseDetail.Collaborator> collaborators, List<CaseDetail.Goal> goals, List<CaseDetail.Intervention> interventions,
            List<CaseDetail.Monitoring> monitoring, boolean editable, List<CaseDetail.MemberChange> corrections, boolean responsible) implements java.io.Serializable {
    }

    /**
     * A correction of a household member's data (GDPR art. 16), by the responsible social worker.
     *
     * @param fullName required, at most 200 characters
     * @param relation at most 100 characters
     * @param reason why, required, at most 500 characters (kept with the previous values)
     * @param version the member's version read, optional
     */
    public record RectifyCommand(String fullName, LocalDate birthDate, String relation, String reason, Long version) {
    }

    /**
     * Restricting a case (GDPR art. 18) or lifting the restriction, by the responsible social worker.
     *
     * @param restricted required
     * @param reason why, required, at most 250 characters (recorded in the audit trail)
     */
    public record RestrictionCommand(Boolean restricted, String reason) {
    }

    /** Longest reason for reading a restricted case, so that it fits the audit record's detail with the code. */
    public static final int MAX_REASON = 250;

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
        audit.recordRead("LIST", "CASE", null, "municipio " + m + ", " + list.size() + " cases"
                + (phase == null ? "" : " in " + phase) + (beforeId == null ? "" : " before " + beforeId));
        return list;
    }

    /** The most overdue checks a social worker's home and {@code GET /cases/overdue-checks} show. */
    public static final int MAX_OVERDUE_CHECKS = 100;

    /**
     * An intervention whose check is overdue, as a list shows it: the type and the partner are left out (null) when
     * the case is restricted, so that nothing of a restricted case but its code leaves this service unasked.
     */
    public record OverdueCheck(long caseId, String caseCode, boolean restricted, long interventionId, String type, String partner,
            LocalDate nextCheck) implements java.io.Serializable {
        static OverdueCheck of(CaseDetail.Intervention i) {
            SsptCase c = i.getSsptCase();
            boolean r = c.isRestricted();
            return new OverdueCheck(c.getId(), c.getCode(), r, i.getId(), r ? null : i.getType(), r ? null : i.getPartner(), i.getNextCheck());
        }
    }

    /**
     * @return the interventions of the caller's Municipio's open cases past their check date and not ended, the
     *         longest overdue first, at most {@link #MAX_OVERDUE_CHECKS}, chosen by the database
     *         ({@link CaseRepository#overdueChecksInMunicipio}); the list is audited, with the restricted cases it names
     */
    public List<OverdueCheck> overdueChecks() {
        int m = municipio();
        List<OverdueCheck> list = cases.overdueChecksInMunicipio(m, LocalDate.now(clock), MAX_OVERDUE_CHECKS).stream()
                .map(OverdueCheck::of).toList();
        // the restricted cases named (by code) are recorded; the detail holds at most 300 characters
        String restricted = String.join(",", list.stream().filter(OverdueCheck::restricted).map(OverdueCheck::caseCode).distinct().toList());
        String detail = "overdue checks in municipio " + m + ", " + list.size() + (restricted.isEmpty() ? "" : ", restricted " + restricted);
        audit.recordRead("LIST", "INTERVENTION", null, detail.length() <= 300 ? detail : detail.substring(0, 297) + "...");
        return list;
    }

    /** @return the whole case file (read audited); a restricted case needs {@link #open(long, String)} */
    public CaseFile open(long caseId) {
        return open(caseId, null);
    }

    /**
     * @param reason why the caller reads the case: required when it is restricted, recorded with the read
     * @return the whole case file (read audited)
     * @throws ReasonRequiredException when the case is restricted and no reason is given
     */
    public CaseFile open(long caseId, String reason) {
        SsptCase c = readable(caseId, reason);
        if (!c.isRestricted()) {
            audit.recordRead("READ", "CASE", c.getId(), c.getCode());
        }
        return new CaseFile(c, cases.transitions(c.getId()), cases.members(c.getId()), cases.collaborators(c.getId()),
                cases.goals(c.getId()), cases.interventions(c.getId()), cases.monitoring(c.getId()), mayEdit(c) && !c.isRestricted(),
                cases.memberChanges(c.getId()), isResponsible(c));
    }

    /**
     * The responsible social worker restricts the case (read only; every read needs a stated reason, recorded) or
     * lifts the restriction. Restricted cases are also kept by the retention job.
     */
    public SsptCase restrict(long caseId, RestrictionCommand cmd) {
        FieldCheck.of(cmd).required("restricted", cmd.restricted()).text("reason", cmd.reason(), MAX_REASON).orThrow();
        SsptCase c = visible(caseId);
        requireResponsible(c);
        if (c.getPersonalDataErasedOn() != null && cmd.restricted()) {
            throw new ConflictException("case.error.erased");
        }
        c.restrict(cmd.restricted(), LocalDateTime.now(clock.withZone(java.time.ZoneOffset.UTC)));
        audit.record(cmd.restricted() ? "RESTRICT" : "LIFT_RESTRICTION", "CASE", c.getId(), c.getCode() + ", reason: " + cmd.reason().strip());
        return c;
    }

    /**
     * The responsible social worker corrects a household member's data; what was there is kept, with who, when
     * and why ({@code case_member_change}). Refused while the case is restricted, or once its personal data was
     * pseudonymised.
     */
    public CaseDetail.Member rectify(long caseId, long memberId, RectifyCommand cmd) {
        FieldCheck.of(cmd).text("fullName", cmd.fullName(), 200)
                .that(cmd.relation() == null || cmd.relation().length() <= 100, "relation", "validation.tooLong")
                .text("reason", cmd.reason(), 500).orThrow();
        SsptCase c = editable(caseId);
        requireResponsible(c);
        if (c.getPersonalDataErasedOn() != null) {
            throw new ConflictException("case.error.erased");
        }
        CaseDetail.Member m = cases.member(c.getId(), memberId).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (cmd.version() != null && cmd.version() != m.getVersion()) {
            throw new StaleVersionException("error.stale");
        }
        cases.add(new CaseDetail.MemberChange(m, LocalDateTime.now(clock.withZone(java.time.ZoneOffset.UTC)), caller.person(), cmd.reason()));
        m.rectify(cmd.fullName(), cmd.birthDate(), blank(cmd.relation()));
        audit.record("RECTIFY", "CASE", c.getId(), "member " + m.getId());
        return m;
    }

    private void requireResponsible(SsptCase c) {
        if (!isResponsible(c)) {
            audit.recordRefusal("DENIED_UPDATE", "CASE", c.getId(), null);
            throw new AccessDeniedException("case.error.onlyResponsible");
        }
    }

    private boolean isResponsible(SsptCase c) {
        return c.getResponsible().getId().equals(caller.person().getId());
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

    /** For sibling services (RST): the case if the caller may read it, else not found; a restricted one needs a reason. */
    SsptCase readableCase(long caseId) {
        return readable(caseId, null);
    }

    /**
     * For sibling services (RST, subject access): the case if the caller may read it; a restricted case is read
     * only with a reason, recorded in the audit trail.
     */
    SsptCase readableCase(long caseId, String reason) {
        return readable(caseId, reason);
    }

    /** For sibling services (subject access): the case if the caller is its responsible social worker or a collaborator. */
    SsptCase responsibleCase(long caseId, String reason) {
        SsptCase c = readable(caseId, reason);
        if (!mayEdit(c)) {
            audit.recordRefusal("DENIED_READ", "CASE", c.getId(), null);
            throw new AccessDeniedException("case.error.notResponsible");
        }
        return c;
    }

    /** For sibling services (RST): the case if the caller may change it. */
    SsptCase editableCase(long caseId) {
        return editable(caseId);
    }

    /** For sibling services (RST): the caller's Municipio (social workers). */
    int callerMunicipio() {
        return municipio();
    }

    /**
     * The case if the caller may read it; otherwise 404, and a refusal of an existing case is audited. A restricted
     * case is read only with a reason: without one, 403 (audited); with one, the read and its reason are recorded.
     */
    private SsptCase readable(long caseId, String reason) {
        SsptCase c = visible(caseId);
        if (c.isRestricted()) {
            if (reason == null || reason.isBlank()) {
                audit.recordRefusal("DENIED_READ", "CASE", c.getId(), "restricted, no reason given");
                throw new ReasonRequiredException(c.getCode());
            }
            String r = reason.strip();
            audit.record("READ_RESTRICTED", "CASE", c.getId(), c.getCode() + ", reason: " + (r.length() > MAX_REASON ? r.substring(0, MAX_REASON) : r));
        }
        return c;
    }

    /** The case if the caller may change it: responsible or collaborator, and not restricted (423). */
    private SsptCase editable(long caseId) {
        SsptCase c = visible(caseId);
        if (!mayEdit(c)) {
            audit.recordRefusal("DENIED_UPDATE", "CASE", c.getId(), null);
            throw new AccessDeniedException("case.error.notResponsible");
        }
        if (c.isRestricted()) {
            audit.recordRefusal("DENIED_UPDATE", "CASE", c.getId(), "restricted");
            throw new CaseRestrictedException(c.getCode());
        }
        return c;
    }

    /** The case if it is of the caller's Municipio; otherwise 404, and a refusal of an existing case is audited. */
    private SsptCase visible(long caseId) {
        SsptCase c = cases.find(caseId).orElseThrow(() -> new NotFoundException("error.notFound"));
        Integer m = caller.is(Role.SOCIAL_WORKER) ? caller.person().getMunicipio() : null;
        if (m == null || c.getMunicipio() != m) {
            audit.recordRefusal("DENIED_READ", "CASE", c.getId(), null);
            throw new NotFoundException("error.notFound");
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
