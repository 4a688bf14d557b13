package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.PeopleService;
import it.milano.levacivica.portal.application.ProjectService;
import it.milano.levacivica.portal.application.ServiceYearService;
import it.milano.levacivica.portal.application.ServiceYearService.ServiceYearData;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.Project;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.domain.people.ServiceYearStatus;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The coordinator's page of service years: who serves where, with which tutor, from when. */
@Named
@ViewScoped
public class ServiceYearAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ServiceYearService service;
    @Inject
    private PeopleService people;
    @Inject
    private ProjectService projectService;

    private List<ServiceYear> years;
    private List<Person> volunteers;
    private List<Person> tutors;
    private List<Project> projects;

    private Long editingId;
    private Long editingVersion;
    private Long volunteerId;
    private Long tutorId;
    private Long projectId;
    private LocalDate startDate;
    private ServiceYearStatus status = ServiceYearStatus.ACTIVE;

    @PostConstruct
    void load() {
        years = service.visible();
        volunteers = people.withRole(Role.VOLUNTEER);
        tutors = people.withRole(Role.TUTOR);
        projects = projectService.list();
    }

    /** Clears the form. */
    public void startNew() {
        editingId = null;
        editingVersion = null;
        volunteerId = null;
        tutorId = null;
        projectId = null;
        startDate = null;
        status = ServiceYearStatus.ACTIVE;
    }

    /** @param y a year to load into the form */
    public void edit(ServiceYear y) {
        editingId = y.getId();
        editingVersion = y.getVersion();
        volunteerId = y.getVolunteer().getId();
        tutorId = y.getTutor().getId();
        projectId = y.getProject().getId();
        startDate = y.getStartDate();
        status = y.getStatus();
    }

    /** Saves the form. */
    public void save() {
        ServiceYearData data = new ServiceYearData(volunteerId, projectId, tutorId, startDate, status, editingVersion);
        boolean ok = FacesFeedback.run("yearForm", () -> {
            if (editingId == null) {
                service.create(data);
            } else {
                service.update(editingId, data);
            }
        }, "serviceYear.saved");
        if (ok) {
            startNew();
            years = service.visible();
        }
    }

    public ServiceYearStatus[] getStatuses() { return ServiceYearStatus.values(); }
    public List<ServiceYear> getYears() { return years; }
    public List<Person> getVolunteers() { return volunteers; }
    public List<Person> getTutors() { return tutors; }
    public List<Project> getProjects() { return projects; }
    public Long getEditingId() { return editingId; }
    public Long getVolunteerId() { return volunteerId; }
    public void setVolunteerId(Long volunteerId) { this.volunteerId = volunteerId; }
    public Long getTutorId() { return tutorId; }
    public void setTutorId(Long tutorId) { this.tutorId = tutorId; }
    public Long getProjectId() { return projectId; }
    public void setProjectId(Long projectId) { this.projectId = projectId; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public ServiceYearStatus getStatus() { return status; }
    public void setStatus(ServiceYearStatus status) { this.status = status; }
}
