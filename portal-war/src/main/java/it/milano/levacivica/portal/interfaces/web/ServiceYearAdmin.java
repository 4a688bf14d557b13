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

    private final NamedPages<ServiceYear> browser = new NamedPages<>();
    private List<Project> projects;

    private Long editingId;
    private Long editingVersion;
    private Person volunteer;
    private Person tutor;
    private Long projectId;
    private LocalDate startDate;
    private ServiceYearStatus status = ServiceYearStatus.ACTIVE;

    @PostConstruct
    void load() {
        browser.first(pages());
        projects = projectService.list();
    }

    private NamedPages.Source<ServiceYear> pages() {
        return new NamedPages.Source<>((text, name, id, max) -> service.search(text, null, name, id, max),
                y -> y.getVolunteer().getFullName(), ServiceYear::getId);
    }

    /** Shows the first page of years whose volunteer's name or user name starts with the search text. */
    public void search() {
        browser.first(pages());
    }

    /** Shows the next page. */
    public void next() {
        browser.next(pages());
    }

    /** Shows the previous page. */
    public void previous() {
        browser.previous(pages());
    }

    /** @param text what was typed @return the first volunteers whose name or user name starts with it */
    public List<Person> completeVolunteer(String text) {
        return people.search(text, Role.VOLUNTEER, null, null, 20);
    }

    /** @param text what was typed @return the first tutors whose name or user name starts with it */
    public List<Person> completeTutor(String text) {
        return people.search(text, Role.TUTOR, null, null, 20);
    }

    /** Clears the form. */
    public void startNew() {
        editingId = null;
        editingVersion = null;
        volunteer = null;
        tutor = null;
        projectId = null;
        startDate = null;
        status = ServiceYearStatus.ACTIVE;
    }

    /** @param y a year to load into the form */
    public void edit(ServiceYear y) {
        editingId = y.getId();
        editingVersion = y.getVersion();
        volunteer = y.getVolunteer();
        tutor = y.getTutor();
        projectId = y.getProject().getId();
        startDate = y.getStartDate();
        status = y.getStatus();
    }

    /** Saves the form. */
    public void save() {
        ServiceYearData data = new ServiceYearData(volunteer == null ? null : volunteer.getId(), projectId,
                tutor == null ? null : tutor.getId(), startDate, status, editingVersion);
        boolean ok = FacesFeedback.run("yearForm", () -> {
            if (editingId == null) {
                service.create(data);
            } else {
                service.update(editingId, data);
            }
        }, "serviceYear.saved");
        if (ok) {
            startNew();
            browser.reload(pages());
        }
    }

    public ServiceYearStatus[] getStatuses() { return ServiceYearStatus.values(); }
    public NamedPages<ServiceYear> getBrowser() { return browser; }
    public List<Project> getProjects() { return projects; }
    public Long getEditingId() { return editingId; }
    public Person getVolunteer() { return volunteer; }
    public void setVolunteer(Person volunteer) { this.volunteer = volunteer; }
    public Person getTutor() { return tutor; }
    public void setTutor(Person tutor) { this.tutor = tutor; }
    public Long getProjectId() { return projectId; }
    public void setProjectId(Long projectId) { this.projectId = projectId; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public ServiceYearStatus getStatus() { return status; }
    public void setStatus(ServiceYearStatus status) { this.status = status; }
}
