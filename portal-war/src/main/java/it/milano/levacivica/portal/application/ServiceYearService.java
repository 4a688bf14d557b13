package it.milano.levacivica.portal.application;

import it.milano.levacivica.core.rules.RuleSet;
import it.milano.levacivica.core.rules.RuleSets;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import it.milano.levacivica.portal.domain.people.Project;
import it.milano.levacivica.portal.domain.people.ProjectRepository;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.domain.people.ServiceYearRepository;
import it.milano.levacivica.portal.domain.people.ServiceYearStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Volunteers' service years. Coordinators create and change them; a tutor sees their volunteers'; a
 * volunteer sees their own. A year that the caller may not see is answered as not found.
 */
@ApplicationScoped
@Transactional
public class ServiceYearService {

    /**
     * A service year's data; the end date is derived from the project's rule set.
     *
     * @param volunteerId a person with the VOLUNTEER role
     * @param projectId the project
     * @param tutorId a person with the TUTOR role
     * @param startDate the first day of service
     * @param status ACTIVE when omitted
     * @param version the version read (updates only)
     */
    public record ServiceYearData(
            Long volunteerId,
            Long projectId,
            Long tutorId,
            LocalDate startDate,
            ServiceYearStatus status,
            Long version) {
    }

    @Inject
    private ServiceYearRepository years;
    @Inject
    private PersonRepository people;
    @Inject
    private ProjectRepository projects;
    @Inject
    private CurrentUser caller;

    /**
     * Every year, in order of the volunteer's name, a page at a time: the coordinator's and administrator's list.
     *
     * @param text the start of the volunteer's full name or user name, or null
     * @param endedBy only years whose last day is before this day, or null for every year
     * @param afterName the volunteer's name of the previous page's last year, or null for the first page
     * @param afterId that year's id
     * @param max at most this many (1 to 200)
     * @return the years
     */
    public List<ServiceYear> search(String text, LocalDate endedBy, String afterName, Long afterId, int max) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        return years.searchByVolunteer(text, endedBy, afterName, afterId, Math.max(1, Math.min(200, max)));
    }

    /** @return the years the caller may see: all (coordinator), their volunteers' (tutor), their own (volunteer) */
    public List<ServiceYear> visible() {
        if (caller.is(Role.COORDINATOR) || caller.is(Role.ADMIN)) {
            return years.findAll();
        }
        if (caller.is(Role.TUTOR)) {
            return years.findByTutor(caller.person().getId());
        }
        if (caller.is(Role.VOLUNTEER)) {
            return years.findByVolunteer(caller.person().getId());
        }
        throw new AccessDeniedException("error.forbidden");
    }

    /**
     * A page of the years the caller may see (all: coordinator, administrator; their volunteers': tutor; their own:
     * volunteer), newest first.
     *
     * @param projectId only this project's years, or null
     * @param status only years in this status, or null
     * @param beforeId the id of the previous page's last year, or null for the first page
     * @param max at most this many
     * @return the years, read in the database
     */
    public List<ServiceYear> visiblePage(Long projectId, ServiceYearStatus status, Long beforeId, int max) {
        if (caller.is(Role.COORDINATOR) || caller.is(Role.ADMIN)) {
            return years.page(null, null, projectId, status, beforeId, max);
        }
        if (caller.is(Role.TUTOR)) {
            return years.page(caller.person().getId(), null, projectId, status, beforeId, max);
        }
        if (caller.is(Role.VOLUNTEER)) {
            return years.page(null, caller.person().getId(), projectId, status, beforeId, max);
        }
        throw new AccessDeniedException("error.forbidden");
    }

    /** @return the caller's own service years, newest first (a volunteer has one, or none yet) */
    public List<ServiceYear> mine() {
        return years.findByVolunteer(caller.person().getId());
    }

    /** @return the years the caller tutors */
    public List<ServiceYear> tutored() {
        caller.require(Role.TUTOR);
        return years.findByTutor(caller.person().getId());
    }

    /**
     * @param id a service year
     * @return it, if the caller may see it
     * @throws NotFoundException if it does not exist or the caller may not see it
     */
    public ServiceYear get(long id) {
        ServiceYear y = years.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (!maySee(y)) {
            throw new NotFoundException("error.notFound");
        }
        return y;
    }

    /** @return an active service year by id, for a social worker giving a task (no content of the year is returned) */
    ServiceYear findForTask(long id) {
        return years.find(id).filter(y -> y.getStatus() == it.milano.levacivica.portal.domain.people.ServiceYearStatus.ACTIVE)
                .orElseThrow(() -> InvalidInputException.of("serviceYearId", "validation.person"));
    }

    /**
     * @param y a service year
     * @return whether the caller may see it
     */
    public boolean maySee(ServiceYear y) {
        if (caller.is(Role.COORDINATOR) || caller.is(Role.ADMIN)) {
            return true;
        }
        long me = caller.person().getId();
        return (caller.is(Role.TUTOR) && y.getTutor().getId() == me)
                || (caller.is(Role.VOLUNTEER) && y.getVolunteer().getId() == me);
    }

    /**
     * Minimisation (issue 15): check-in summaries and remarks and task texts are for the year's volunteer and tutor;
     * coordinators and administrators see the year, its hours and counts, not these texts.
     *
     * @param y a service year the caller may see
     * @return whether the caller may read its texts
     */
    public boolean mayReadTexts(ServiceYear y) {
        long me = caller.person().getId();
        return (caller.is(Role.TUTOR) && y.getTutor().getId() == me) || (caller.is(Role.VOLUNTEER) && y.getVolunteer().getId() == me);
    }

    /** @param serviceYearId a year the caller may see (404 otherwise) @return whether they may read its texts ({@link #mayReadTexts}) */
    public boolean mayReadTexts(long serviceYearId) {
        return mayReadTexts(get(serviceYearId));
    }

    /** @param data the new year @return it */
    public ServiceYear create(ServiceYearData data) {
        caller.require(Role.COORDINATOR);
        check(data);
        Person volunteer = person(data.volunteerId(), Role.VOLUNTEER, "volunteerId");
        Person tutor = person(data.tutorId(), Role.TUTOR, "tutorId");
        Project project = projects.find(data.projectId()).orElseThrow(() -> InvalidInputException.of("projectId", "validation.project"));
        LocalDate end = endDate(project, data.startDate());
        projects.lock(project);
        checkSeats(project, data.startDate(), end, null);
        checkVolunteerFree(volunteer, data.startDate(), end, null);
        ServiceYear y = new ServiceYear(volunteer, project, tutor, data.startDate(), end);
        if (data.status() != null) {
            y.changeStatus(data.status());
        }
        years.add(y);
        return y;
    }

    /** @param id the year @param data the new data with the version read @return the year */
    public ServiceYear update(long id, ServiceYearData data) {
        caller.require(Role.COORDINATOR);
        check(data);
        if (data.version() == null) {
            throw InvalidInputException.of("version", "validation.version");
        }
        ServiceYear y = years.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (y.getVersion() != data.version()) {
            throw new StaleVersionException("error.stale");
        }
        if (!y.getVolunteer().getId().equals(data.volunteerId())) {
            throw InvalidInputException.of("volunteerId", "validation.volunteer.fixed");
        }
        Person tutor = person(data.tutorId(), Role.TUTOR, "tutorId");
        Project project = projects.find(data.projectId()).orElseThrow(() -> InvalidInputException.of("projectId", "validation.project"));
        LocalDate end = endDate(project, data.startDate());
        ServiceYearStatus status = data.status() == null ? y.getStatus() : data.status();
        if (status == ServiceYearStatus.ACTIVE) {
            projects.lock(project);
            checkSeats(project, data.startDate(), end, y.getId());
            checkVolunteerFree(y.getVolunteer(), data.startDate(), end, y.getId());
        }
        y.assign(project, tutor, data.startDate(), end);
        y.changeStatus(status);
        return y;
    }

    /**
     * @param project a project
     * @return its rule set from core-lib
     */
    public static RuleSet ruleSetOf(Project project) {
        return RuleSets.byId(project.getProgramme())
                .orElseThrow(() -> new IllegalStateException("unknown programme " + project.getProgramme()));
    }

    private static LocalDate endDate(Project project, LocalDate start) {
        return it.milano.levacivica.core.rules.ServiceYear.of(start, ruleSetOf(project)).end();
    }

    private static void check(ServiceYearData data) {
        FieldCheck.of(data)
                .required("volunteerId", data.volunteerId())
                .required("projectId", data.projectId())
                .required("tutorId", data.tutorId())
                .required("startDate", data.startDate())
                .orThrow();
    }

    private Person person(long id, Role role, String field) {
        Person p = people.find(id).orElseThrow(() -> InvalidInputException.of(field, "validation.person"));
        if (!p.hasRole(role)) {
            throw InvalidInputException.of(field, role == Role.TUTOR ? "validation.notTutor" : "validation.notVolunteer");
        }
        return p;
    }

    /** Counts the project's seats taken in the period; the caller has locked the project, so the last seat is taken once. */
    private void checkSeats(Project project, LocalDate start, LocalDate end, Long except) {
        if (years.countActiveOverlapping(project.getId(), start, end, except) >= project.getSeats()) {
            throw new ConflictException("error.seats.full", project.getSeats());
        }
    }

    private void checkVolunteerFree(Person volunteer, LocalDate start, LocalDate end, Long except) {
        boolean busy = years.findByVolunteer(volunteer.getId()).stream()
                .anyMatch(o -> !o.getId().equals(except) && o.getStatus() == ServiceYearStatus.ACTIVE
                        && o.getStartDate().isBefore(end) && start.isBefore(o.getEndDate()));
        if (busy) {
            throw new ConflictException("error.volunteer.busy");
        }
    }
}
