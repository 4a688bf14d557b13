package it.milano.levacivica.portal.domain.people;

import java.util.List;
import java.util.Optional;

/** Where projects are kept. */
public interface ProjectRepository {
    Optional<Project> find(long id);
    List<Project> findAll();
    void add(Project project);
}
