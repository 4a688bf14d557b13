package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.application.PersonalData.AccountCopy;
import it.milano.levacivica.portal.application.PersonalData.AccountHolderCopy;
import it.milano.levacivica.portal.application.PersonalData.AuditCopy;
import it.milano.levacivica.portal.application.PersonalData.CaseCopy;
import it.milano.levacivica.portal.application.PersonalData.CaseMemberCopy;
import it.milano.levacivica.portal.application.PersonalData.MemberCopy;
import it.milano.levacivica.portal.domain.audit.AuditRecord;
import it.milano.levacivica.portal.domain.audit.AuditRepository;
import it.milano.levacivica.portal.domain.checkin.CheckInRepository;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.domain.people.ServiceYearRepository;
import it.milano.levacivica.portal.domain.rst.Placement;
import it.milano.levacivica.portal.domain.rst.RstRepository;
import it.milano.levacivica.portal.domain.sspt.CaseDetail;
import it.milano.levacivica.portal.domain.sspt.CaseRepository;
import it.milano.levacivica.portal.domain.sspt.SsptCase;
import it.milano.levacivica.portal.domain.timesheet.TimesheetRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Subject access (GDPR art. 15) and portability (art. 20): a person's copy of everything the portal holds about
 * them. A signed-in person gets their own; the responsible social worker of a case (or a collaborator) makes the copy
 * for a member of it, to hand to them. Every copy is itself recorded in the audit trail ({@code EXPORT_PERSONAL_DATA}).
 * A copy holds nothing about anyone else: of the household, only its size.
 */
@ApplicationScoped
@Transactional
public class SubjectAccessService {

    /** At most this many audit records go into a copy (newest first). */
    static final int MAX_AUDIT = 5_000;

    @Inject
    private CurrentUser caller;
    @Inject
    private ServiceYearRepository years;
    @Inject
    private TimesheetRepository timesheets;
    @Inject
    private CheckInRepository checkIns;
    @Inject
    private CaseRepository cases;
    @Inject
    private CaseService caseService;
    @Inject
    private RstRepository rst;
    @Inject
    private AuditRepository auditRecords;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;

    /** @return the caller's own copy: account, service years as a volunteer with everything in them, audit records about them */
    public AccountHolderCopy mine() {
        Person me = caller.person();
        List<ServiceYear> mine = years.findByVolunteer(me.getId());
        List<PersonalData.YearCopy> copies = mine.stream().map(this::year).toList();
        Map<String, Collection<Long>> about = new LinkedHashMap<>();
        about.put("ACCOUNT", List.of(me.getId()));
        about.put("PERSON", List.of(me.getId()));
        about.put("SERVICE_YEAR", mine.stream().map(ServiceYear::getId).toList());
        List<AuditCopy> trail = auditRecords.about(about, me.getUsername(), MAX_AUDIT).stream().map(SubjectAccessService::audit).toList();
        audit.record("EXPORT_PERSONAL_DATA", "PERSON", me.getId(), "own data, " + copies.size() + " service years");
        return new AccountHolderCopy(now(), me.getUsername(), account(me, clock.getZone()), copies, trail);
    }

    /**
     * A member's copy, made by the responsible social worker of their case or a collaborator.
     *
     * @param reason why: required when the case is restricted (recorded with the read)
     * @throws NotFoundException when the case or the member is not the caller's to see
     * @throws AccessDeniedException when the caller is neither responsible nor a collaborator
     */
    public CaseMemberCopy member(long caseId, long memberId, String reason) {
        caller.require(Role.SOCIAL_WORKER);
        SsptCase c = caseService.responsibleCase(caseId, reason);
        CaseDetail.Member m = cases.member(c.getId(), memberId).orElseThrow(() -> new NotFoundException("error.notFound"));
        List<CaseDetail.Member> household = cases.members(c.getId());
        List<PersonalData.CorrectionCopy> corrections = cases.memberChanges(c.getId()).stream()
                .filter(k -> k.getMember().getId().equals(m.getId()))
                .map(k -> new PersonalData.CorrectionCopy(k.getChangedAt().toInstant(ZoneOffset.UTC), k.getChangedBy().getFullName(),
                        k.getOldFullName(), k.getOldBirthDate(), k.getOldRelation(), k.getReason())).toList();
        List<Placement> placements = rst.ofMember(m.getId());
        CaseCopy caseCopy = new CaseCopy(c.getCode(), c.getMunicipio(), c.getLevel(), c.getCourtAuthority(), c.getCourtOrderRef(),
                c.getCourtOrderDate(), c.getAccessChannel(), c.getTargetGroup(), c.getPhase(), c.getOutcome(), c.getOpenedOn(), c.getClosedOn(),
                c.getSummary(), c.getResponsible().getFullName(), household.size(), c.isRestricted(),
                cases.transitions(c.getId()).stream().map(t -> new PersonalData.PhaseCopy(t.getToPhase(), t.getOccurredAt(),
                        t.getActor().getFullName(), t.getNote())).toList(),
                cases.goals(c.getId()).stream().map(g -> new PersonalData.GoalCopy(g.getGoal(), g.getActions(), g.getResponsible(),
                        g.getDeadline(), g.getAgreedOn())).toList(),
                cases.interventions(c.getId()).stream().map(i -> new PersonalData.InterventionCopy(i.getType(), i.getPartner(),
                        i.getStartDate(), i.getEndDate(), i.getNextCheck())).toList(),
                cases.monitoring(c.getId()).stream().map(x -> new PersonalData.MonitoringCopy(x.getCheckedOn(), x.getNote(),
                        x.getAuthor().getFullName())).toList());
        List<PersonalData.PlacementCopy> placementCopies = placements.stream().map(p -> new PersonalData.PlacementCopy(p.getUnit().getName(),
                p.getUnit().getType(), p.getUnit().getManagingOrg(), p.getCategory(), p.getFirstStart(), p.getStartDate(), p.getPlannedEnd(),
                p.getEndedOn(),
                rst.goals(p.getId()).stream().map(g -> new PersonalData.PactGoalCopy(g.getArea(), g.getGoal())).toList(),
                rst.steps(p.getId()).stream().map(s -> new PersonalData.PactStepCopy(s.getDueDate(), s.getDescription(), s.getCheckedOn(),
                        s.getOutcome())).toList(),
                rst.accompaniment(p.getId()).stream().map(a -> new PersonalData.AccompanimentCopy(a.getKind(), a.getDoneOn(), a.getNote()))
                        .toList())).toList();
        Map<String, Collection<Long>> about = new LinkedHashMap<>();
        about.put("CASE", List.of(c.getId()));
        about.put("PLACEMENT", placements.stream().map(Placement::getId).toList());
        about.put("CASE_MEMBER", List.of(m.getId()));
        List<AuditCopy> trail = auditRecords.about(about, null, MAX_AUDIT).stream().map(SubjectAccessService::audit).toList();
        audit.record("EXPORT_PERSONAL_DATA", "CASE_MEMBER", m.getId(), c.getCode() + (reason == null || reason.isBlank() ? ""
                : ", reason: " + cut(reason.strip(), 200)));
        return new CaseMemberCopy(now(), caller.person().getUsername(), new MemberCopy(m.getId(), m.getFullName(), m.getBirthDate(),
                m.getRelation(), corrections), caseCopy, placementCopies, trail);
    }

    private PersonalData.YearCopy year(ServiceYear y) {
        List<Long> id = List.of(y.getId());
        return new PersonalData.YearCopy(y.getId(), y.getProject().getName(), y.getProject().getSeatAddress(), y.getTutor().getFullName(),
                y.getStartDate(), y.getEndDate(), y.getStatus(), y.getTextsErasedOn(),
                timesheets.entries(y.getId(), LocalDate.of(1900, 1, 1), LocalDate.of(3000, 1, 1)).stream()
                        .map(e -> new PersonalData.EntryCopy(e.getDate(), e.getCategory(), e.getMinutes(), e.getActivityType(), e.getNote())).toList(),
                timesheets.absences(y.getId()).stream().map(a -> new PersonalData.AbsenceCopy(a.getDate(), a.getType())).toList(),
                checkIns.forYears(id, LocalDate.of(1900, 1, 1).atStartOfDay(), LocalDate.of(3000, 1, 1).atStartOfDay()).stream()
                        .map(c -> new PersonalData.CheckInCopy(c.getHeldAt(), c.getMode(), c.getMinutes(), c.getSummary(),
                                c.getRecordedBy().getFullName(), c.isConfirmed(), c.getVolunteerRemark())).toList(),
                checkIns.tasks(id).stream().map(t -> new PersonalData.TaskCopy(t.getTitle(), t.getDescription(), t.getActivityType(),
                        t.getDueDate(), t.getStatus(), t.getOutcome(), t.getSsptCase() == null ? null : t.getSsptCase().getCode())).toList());
    }

    private static AccountCopy account(Person p, java.time.ZoneId zone) {
        return new AccountCopy(p.getId(), p.getUsername(), p.getFullName(), p.getEmail(), p.getRoles().stream().map(Enum::name).sorted().toList(),
                p.getMunicipio(), p.getCreatedAt() == null ? null : p.getCreatedAt().atZone(zone)
                        .toInstant(), p.isEnabled());
    }

    private static AuditCopy audit(AuditRecord a) {
        return new AuditCopy(a.getSeq(), a.getOccurredAt().toInstant(ZoneOffset.UTC), a.getActor(), a.getAction(), a.getRecordType(),
                a.getRecordId(), a.getDetail());
    }

    private Instant now() {
        return clock.instant();
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }
}
