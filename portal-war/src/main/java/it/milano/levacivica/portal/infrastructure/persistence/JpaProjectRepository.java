package it.milano.levacivica.portal.infrastructure.persistence;

import it.milano.levacivica.portal.domain.people.Project;
import it.milano.levacivica.portal.domain.people.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaProjectRepository implements ProjectRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Project> find(long id) {
        return Optional.ofNullable(em.find(Project.class, id));
    }

    @Override
    public List<Project> findAll() {
        return em.createQuery("select p from Project p order by p.name", Project.class).getResultList();
    }

    @Override
    public void lock(Project project) {
        em.lock(project, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void add(Project project) {
        em.persist(project);
    }
}
