package it.milano.levacivica.portal.infrastructure.persistence;

import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.domain.people.ServiceYearRepository;
import it.milano.levacivica.portal.domain.people.ServiceYearStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaServiceYearRepository implements ServiceYearRepository {

    private static final String FETCH = "select s from ServiceYear s join fetch s.volunteer join fetch s.tutor join fetch s.project ";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<ServiceYear> find(long id) {
        return em.createQuery(FETCH + "where s.id = :id", ServiceYear.class).setParameter("id", id)
                .getResultStream().findFirst();
    }

    @Override
    public List<ServiceYear> findAll() {
        return em.createQuery(FETCH + "order by s.startDate desc", ServiceYear.class).getResultList();
    }

    @Override
    public List<ServiceYear> page(Long tutorId, Long volunteerId, Long projectId, ServiceYearStatus status, Long beforeId, int max) {
        String jpql = FETCH + "where s.id < :b" + (tutorId == null ? "" : " and s.tutor.id = :t")
                + (volunteerId == null ? "" : " and s.volunteer.id = :v") + (projectId == null ? "" : " and s.project.id = :p")
                + (status == null ? "" : " and s.status = :s") + " order by s.id desc";
        var q = em.createQuery(jpql, ServiceYear.class).setParameter("b", beforeId == null ? Long.MAX_VALUE : beforeId).setMaxResults(max);
        if (tutorId != null) {
            q.setParameter("t", tutorId);
        }
        if (volunteerId != null) {
            q.setParameter("v", volunteerId);
        }
        if (projectId != null) {
            q.setParameter("p", projectId);
        }
        if (status != null) {
            q.setParameter("s", status);
        }
        return q.getResultList();
    }

    @Override
    public List<ServiceYear> searchByVolunteer(String text, LocalDate endedBy, String afterName, Long afterId, int max) {
        String jpql = "select s from ServiceYear s join fetch s.volunteer v join fetch s.tutor join fetch s.project where 1 = 1"
                + (text == null ? "" : " and (v.fullName like :t escape '!' or v.username like :t escape '!')")
                + (endedBy == null ? "" : " and s.endDate <= :e")
                + (afterName == null ? "" : " and (v.fullName > :n or (v.fullName = :n and s.id > :i))")
                + " order by v.fullName, s.id";
        var q = em.createQuery(jpql, ServiceYear.class).setMaxResults(max);
        if (text != null) {
            q.setParameter("t", text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (endedBy != null) {
            q.setParameter("e", endedBy);
        }
        if (afterName != null) {
            q.setParameter("n", afterName).setParameter("i", afterId);
        }
        return q.getResultList();
    }

    @Override
    public List<ServiceYear> findByTutor(long tutorId) {
        return em.createQuery(FETCH + "where s.tutor.id = :t order by s.volunteer.fullName", ServiceYear.class)
                .setParameter("t", tutorId).getResultList();
    }

    @Override
    public List<ServiceYear> findByVolunteer(long volunteerId) {
        return em.createQuery(FETCH + "where s.volunteer.id = :v order by s.startDate desc", ServiceYear.class)
                .setParameter("v", volunteerId).getResultList();
    }

    @Override
    public long countActiveOverlapping(long projectId, LocalDate start, LocalDate end, Long exceptId) {
        return em.createQuery("select count(s) from ServiceYear s where s.project.id = :p and s.status = :st"
                        + " and s.startDate < :end and s.endDate > :start and (:except is null or s.id <> :except)", Long.class)
                .setParameter("p", projectId).setParameter("st", ServiceYearStatus.ACTIVE)
                .setParameter("start", start).setParameter("end", end).setParameter("except", exceptId)
                .getSingleResult();
    }

    @Override
    public void lockForUpdate(ServiceYear serviceYear) {
        em.lock(serviceYear, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void add(ServiceYear serviceYear) {
        em.persist(serviceYear);
    }
}
