package it.milano.levacivica.portal.infrastructure.persistence;

import it.milano.levacivica.portal.domain.checkin.CheckIn;
import it.milano.levacivica.portal.domain.checkin.CheckInRepository;
import it.milano.levacivica.portal.domain.checkin.Task;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCheckInRepository implements CheckInRepository {

    private static final String FETCH = "select c from CheckIn c join fetch c.serviceYear y join fetch y.volunteer join fetch y.tutor"
            + " join fetch y.project join fetch c.recordedBy ";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<CheckIn> find(long id) {
        return em.createQuery(FETCH + "where c.id = :id", CheckIn.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<CheckIn> forYears(Collection<Long> serviceYearIds, LocalDateTime from, LocalDateTime to) {
        if (serviceYearIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(FETCH + "where y.id in :ids and c.heldAt >= :f and c.heldAt < :t order by c.heldAt desc, c.id desc", CheckIn.class)
                .setParameter("ids", serviceYearIds).setParameter("f", from).setParameter("t", to).getResultList();
    }

    @Override
    public List<CheckIn> latest(long serviceYearId, LocalDateTime to, int max) {
        return em.createQuery(FETCH + "where y.id = :id and c.heldAt < :t order by c.heldAt desc, c.id desc", CheckIn.class)
                .setParameter("id", serviceYearId).setParameter("t", to).setMaxResults(max).getResultList();
    }

    @Override
    public List<LocalDate> confirmedDays(long serviceYearId) {
        return em.createQuery("select c.heldAt from CheckIn c where c.serviceYear.id = :y and c.tutorConfirmedAt is not null"
                + " and c.volunteerConfirmedAt is not null", LocalDateTime.class).setParameter("y", serviceYearId).getResultList()
                .stream().map(LocalDateTime::toLocalDate).toList();
    }

    @Override
    public void add(CheckIn checkIn) {
        em.persist(checkIn);
    }

    @Override
    public Optional<Task> findTask(long id) {
        return em.createQuery("select t from Task t join fetch t.serviceYear y join fetch y.volunteer join fetch y.tutor join fetch y.project"
                + " where t.id = :id", Task.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Task> tasks(Collection<Long> serviceYearIds) {
        if (serviceYearIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select t from Task t join fetch t.serviceYear y join fetch y.volunteer where y.id in :ids"
                + " order by t.dueDate, t.id", Task.class).setParameter("ids", serviceYearIds).getResultList();
    }

    @Override
    public void add(Task task) {
        em.persist(task);
    }
}
