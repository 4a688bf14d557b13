package it.milano.levacivica.portal.domain.people;

import java.util.List;
import java.util.Optional;

/** Where projects are kept. */
public interface ProjectRepository {
    Optional<Project> find(long id);
    List<Project> findAll();
    void add(Project project);
    /**
     * Locks the project's row until the transaction ends, so that its seats are counted and taken by one
     * registration at a time. Take it before reading the project's service years: a plain read made earlier in
     * the transaction fixes a snapshot that misses what the previous holder of the lock committed (REPEATABLE READ).
     */
    void lock(Project project);
}
