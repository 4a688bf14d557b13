package it.milano.levacivica.portal.infrastructure.persistence;

import it.milano.levacivica.portal.domain.rst.DeclaredStay;
import it.milano.levacivica.portal.domain.rst.HousingUnit;
import it.milano.levacivica.portal.domain.rst.Pact;
import it.milano.levacivica.portal.domain.rst.Placement;
import it.milano.levacivica.portal.domain.rst.RstRepository;
import it.milano.levacivica.portal.domain.sspt.CaseDetail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaRstRepository implements RstRepository {

    private static final String FETCH = "select p from Placement p join fetch p.ssptCase c join fetch p.member join fetch p.unit ";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<HousingUnit> findUnit(long id) {
        return Optional.ofNullable(em.find(HousingUnit.class, id));
    }

    @Override
    public List<HousingUnit> units() {
        return em.createQuery("select u from HousingUnit u order by u.municipio, u.name", HousingUnit.class).getResultList();
    }

    @Override
    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    @Override
    public void lock(HousingUnit unit) {
        em.lock(unit, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public void lock(CaseDetail.Member member) {
        em.lock(member, LockModeType.PESSIMISTIC_WRITE);
    }

    @Override
    public List<Placement> ofMember(long memberId) {
        return em.createQuery("select p from Placement p where p.member.id = :m order by p.startDate, p.id", Placement.class)
                .setParameter("m", memberId).getResultList();
    }

    @Override
    public List<DeclaredStay> declaredStays(long memberId) {
        return em.createQuery("select d from DeclaredStay d join fetch d.declaredBy where d.member.id = :m order by d.firstStart, d.id",
                DeclaredStay.class).setParameter("m", memberId).getResultList();
    }

    @Override
    public long overlapping(long unitId, LocalDate from, LocalDate to, Long except) {
        return em.createQuery("select count(p) from Placement p where p.unit.id = :u and p.endedOn is null"
                        + " and p.startDate <= :to and p.plannedEnd >= :from and (:except is null or p.id <> :except)", Long.class)
                .setParameter("u", unitId).setParameter("from", from).setParameter("to", to).setParameter("except", except)
                .getSingleResult();
    }

    @Override
    public Optional<Placement> find(long id) {
        return em.createQuery(FETCH + "where p.id = :id", Placement.class).setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<Placement> ofCase(long caseId) {
        return em.createQuery(FETCH + "where c.id = :c order by p.startDate", Placement.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<Placement> inMunicipio(int municipio) {
        return em.createQuery(FETCH + "where c.municipio = :m order by p.plannedEnd", Placement.class).setParameter("m", municipio).getResultList();
    }

    @Override
    public List<Placement> all() {
        return em.createQuery("select p from Placement p join fetch p.unit", Placement.class).getResultList();
    }

    @Override
    public List<Pact.Goal> goals(long placementId) {
        return em.createQuery("select g from PactGoal g where g.placement.id = :p order by g.id", Pact.Goal.class)
                .setParameter("p", placementId).getResultList();
    }

    @Override
    public List<Pact.Step> steps(long placementId) {
        return em.createQuery("select s from PactStep s where s.placement.id = :p order by s.dueDate", Pact.Step.class)
                .setParameter("p", placementId).getResultList();
    }

    @Override
    public Optional<Pact.Step> findStep(long id) {
        return Optional.ofNullable(em.find(Pact.Step.class, id));
    }

    @Override
    public List<Pact.Step> stepsInMunicipio(int municipio) {
        return em.createQuery("select s from PactStep s join fetch s.placement p join fetch p.ssptCase c where c.municipio = :m"
                + " order by s.dueDate", Pact.Step.class).setParameter("m", municipio).getResultList();
    }

    @Override
    public List<it.milano.levacivica.portal.domain.rst.WaitingEntry> waiting(int municipio) {
        return em.createQuery("select w from WaitingEntry w join fetch w.ssptCase c join fetch w.member where c.municipio = :m"
                + " and w.placed = false order by w.since, w.id", it.milano.levacivica.portal.domain.rst.WaitingEntry.class)
                .setParameter("m", municipio).getResultList();
    }

    @Override
    public List<Pact.Accompaniment> accompaniment(long placementId) {
        return em.createQuery("select a from Accompaniment a join fetch a.author where a.placement.id = :p order by a.doneOn", Pact.Accompaniment.class)
                .setParameter("p", placementId).getResultList();
    }
}
