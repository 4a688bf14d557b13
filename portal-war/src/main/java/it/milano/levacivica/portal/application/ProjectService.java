package it.milano.levacivica.portal.application;

import it.milano.levacivica.core.rules.RuleSets;
import it.milano.levacivica.portal.domain.people.Project;
import it.milano.levacivica.portal.domain.people.ProjectRepository;
import it.milano.levacivica.portal.domain.people.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/** Leva Civica projects, managed by coordinators. */
@ApplicationScoped
@Transactional
public class ProjectService {

    /**
     * A project's data.
     *
     * @param name the project's name
     * @param seatAddress where the volunteers serve
     * @param seats how many volunteers at once, 1 to 1000
     * @param programme the id of a core-lib rule set
     * @param version the version read (updates only)
     */
    public record ProjectData(
            String name,
            String seatAddress,
            Integer seats,
            String programme,
            Long version) {
    }

    @Inject
    private ProjectRepository projects;
    @Inject
    private CurrentUser caller;

    /** @return every project (coordinators and administrators) */
    public List<Project> list() {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        return projects.findAll();
    }

    /** @param id the project @return it */
    public Project get(long id) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        return projects.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
    }

    /** @param data the new project @return it, with its id */
    public Project create(ProjectData data) {
        caller.require(Role.COORDINATOR);
        check(data);
        Project p = new Project(data.name().strip(), data.seatAddress().strip(), data.seats(), data.programme());
        projects.add(p);
        return p;
    }

    /** @param id the project @param data the new data with the version read @return the project */
    public Project update(long id, ProjectData data) {
        caller.require(Role.COORDINATOR);
        check(data);
        if (data.version() == null) {
            throw InvalidInputException.of("version", "validation.version");
        }
        Project p = projects.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (p.getVersion() != data.version()) {
            throw new StaleVersionException("error.stale");
        }
        p.update(data.name().strip(), data.seatAddress().strip(), data.seats(), data.programme());
        return p;
    }

    private void check(ProjectData data) {
        FieldCheck.of(data)
                .text("name", data.name(), 200)
                .text("seatAddress", data.seatAddress(), 300)
                .range("seats", data.seats(), 1, 1000, "validation.seats")
                .required("programme", data.programme())
                .that(data.programme() == null || data.programme().isBlank() || RuleSets.byId(data.programme()).isPresent(),
                        "programme", "validation.programme")
                .orThrow();
    }
}
