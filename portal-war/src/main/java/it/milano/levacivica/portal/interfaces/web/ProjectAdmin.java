package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.core.rules.RuleSet;
import it.milano.levacivica.core.rules.RuleSets;
import it.milano.levacivica.portal.application.ProjectService;
import it.milano.levacivica.portal.application.ProjectService.ProjectData;
import it.milano.levacivica.portal.domain.people.Project;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The coordinator's page of projects: list, create, edit. */
@Named
@ViewScoped
public class ProjectAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService service;

    private List<Project> projects;
    private Long editingId;
    private Long editingVersion;
    private String name;
    private String seatAddress;
    private Integer seats = 1;
    private String programme = RuleSets.LEVA_CIVICA.id();

    @PostConstruct
    void load() {
        projects = service.list();
    }

    /** Clears the form for a new project. */
    public void startNew() {
        editingId = null;
        editingVersion = null;
        name = null;
        seatAddress = null;
        seats = 1;
        programme = RuleSets.LEVA_CIVICA.id();
    }

    /** @param p a project to load into the form */
    public void edit(Project p) {
        editingId = p.getId();
        editingVersion = p.getVersion();
        name = p.getName();
        seatAddress = p.getSeatAddress();
        seats = p.getSeats();
        programme = p.getProgramme();
    }

    /** Saves the form: creates or changes. */
    public void save() {
        ProjectData data = new ProjectData(name, seatAddress, seats, programme, editingVersion);
        boolean ok = FacesFeedback.run("projectForm",
                () -> {
                    if (editingId == null) {
                        service.create(data);
                    } else {
                        service.update(editingId, data);
                    }
                }, "project.saved");
        if (ok) {
            startNew();
            load();
        }
    }

    /** @return the rule sets a project may follow */
    public List<RuleSet> getProgrammes() {
        return RuleSets.builtIns();
    }

    public List<Project> getProjects() { return projects; }
    public Long getEditingId() { return editingId; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getSeatAddress() { return seatAddress; }
    public void setSeatAddress(String seatAddress) { this.seatAddress = seatAddress; }
    public Integer getSeats() { return seats; }
    public void setSeats(Integer seats) { this.seats = seats; }
    public String getProgramme() { return programme; }
    public void setProgramme(String programme) { this.programme = programme; }
}
