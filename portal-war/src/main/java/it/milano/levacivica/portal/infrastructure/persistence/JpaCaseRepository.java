package it.milano.levacivica.portal.infrastructure.persistence;

import it.milano.levacivica.portal.domain.sspt.CaseDetail;
import it.milano.levacivica.portal.domain.sspt.CasePhase;
import it.milano.levacivica.portal.domain.sspt.CaseRepository;
import it.milano.levacivica.portal.domain.sspt.CaseTransition;
import it.milano.levacivica.portal.domain.sspt.SsptCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCaseRepository implements CaseRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<SsptCase> find(long id) {
        return em.createQuery("select c from SsptCase c join fetch c.responsible where c.id = :id", SsptCase.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<SsptCase> inMunicipio(int municipio) {
        return em.createQuery("select c from SsptCase c join fetch c.responsible where c.municipio = :m order by c.openedOn desc, c.id desc",
                SsptCase.class).setParameter("m", municipio).getResultList();
    }

    @Override
    public List<SsptCase> pageInMunicipio(int municipio, CasePhase phase, Long beforeId, int max) {
        var q = em.createQuery("select c from SsptCase c join fetch c.responsible where c.municipio = :m and c.id < :b"
                + (phase == null ? "" : " and c.phase = :ph") + " order by c.id desc", SsptCase.class)
                .setParameter("m", municipio).setParameter("b", beforeId == null ? Long.MAX_VALUE : beforeId).setMaxResults(max);
        if (phase != null) {
            q.setParameter("ph", phase);
        }
        return q.getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from SsptCase c", Long.class).getSingleResult();
    }

    @Override
    public Fingerprint fingerprint() {
        Object[] c = (Object[]) em.createNativeQuery("select count(*), coalesce(sum(version), 0), coalesce(max(id), 0) from sspt_case")
                .getSingleResult();
        Object[] t = (Object[]) em.createNativeQuery("select count(*), coalesce(max(id), 0) from case_transition").getSingleResult();
        return new Fingerprint(((Number) c[0]).longValue(), ((Number) c[1]).longValue(), ((Number) c[2]).longValue(),
                ((Number) t[0]).longValue(), ((Number) t[1]).longValue());
    }

    @Override
    public java.util.SortedMap<String, Long> countBy(Grouping grouping) {
        String sql = switch (grouping) {
            case MUNICIPIO -> "select cast(municipio as char), count(*) from sspt_case group by municipio";
            case LEVEL -> "select level, count(*) from sspt_case group by level";
            case TARGET_GROUP -> "select target_group, count(*) from sspt_case group by target_group";
            case PHASE -> "select phase, count(*) from sspt_case group by phase";
            case OPENED_MONTH -> "select date_format(opened_on, '%Y-%m'), count(*) from sspt_case group by 1";
            case CLOSED_MONTH -> "select date_format(closed_on, '%Y-%m'), count(*) from sspt_case where closed_on is not null group by 1";
        };
        java.util.SortedMap<String, Long> counts = new java.util.TreeMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(String.valueOf(r[0]), ((Number) r[1]).longValue());
        }
        return counts;
    }

    @Override
    public java.util.SortedMap<String, double[]> daysInPhases() {
        // each move ends a stay in its from-phase that began at the previous move, or at the opening for the first
        String sql = "select from_phase, count(*), sum(timestampdiff(hour, entered, occurred_at)) from ("
                + " select t.from_phase, t.occurred_at, coalesce(lag(t.occurred_at) over (partition by t.case_id"
                + " order by t.occurred_at, t.id), cast(c.opened_on as datetime)) as entered"
                + " from case_transition t join sspt_case c on c.id = t.case_id) stays group by from_phase";
        java.util.SortedMap<String, double[]> days = new java.util.TreeMap<>();
        for (Object row : em.createNativeQuery(sql).getResultList()) {
            Object[] r = (Object[]) row;
            days.put(String.valueOf(r[0]), new double[] {((Number) r[2]).doubleValue() / 24.0, ((Number) r[1]).doubleValue()});
        }
        return days;
    }

    @Override
    public void add(SsptCase c) {
        em.persist(c);
        em.flush();
        c.assignCode();
    }

    @Override
    public void add(Object part) {
        em.persist(part);
    }

    @Override
    public List<CaseTransition> transitions(long caseId) {
        return em.createQuery("select t from CaseTransition t join fetch t.actor where t.ssptCase.id = :c order by t.occurredAt, t.id",
                CaseTransition.class).setParameter("c", caseId).getResultList();
    }

    @Override
    public List<CaseDetail.Member> members(long caseId) {
        return em.createQuery("select m from CaseMember m where m.ssptCase.id = :c order by m.id", CaseDetail.Member.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<CaseDetail.Collaborator> collaborators(long caseId) {
        return em.createQuery("select k from CaseCollaborator k join fetch k.person where k.ssptCase.id = :c", CaseDetail.Collaborator.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public boolean isCollaborator(long caseId, long personId) {
        return em.createQuery("select count(k) from CaseCollaborator k where k.ssptCase.id = :c and k.person.id = :p", Long.class)
                .setParameter("c", caseId).setParameter("p", personId).getSingleResult() > 0;
    }

    @Override
    public List<CaseDetail.Goal> goals(long caseId) {
        return em.createQuery("select g from CaseGoal g where g.ssptCase.id = :c order by g.id", CaseDetail.Goal.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<CaseDetail.Intervention> interventions(long caseId) {
        return em.createQuery("select i from CaseIntervention i where i.ssptCase.id = :c order by i.startDate", CaseDetail.Intervention.class)
                .setParameter("c", caseId).getResultList();
    }

    @Override
    public List<CaseDetail.Intervention> overdueChecksInMunicipio(int municipio, LocalDate today, int max) {
        // the Municipio's open cases by (municipio, phase), each case's interventions by (case_id, next_check)
        return em.createQuery("select i from CaseIntervention i join fetch i.ssptCase c where c.municipio = :m"
                + " and c.phase <> :closed and i.nextCheck < :today and (i.endDate is null or i.endDate >= :today)"
                + " order by i.nextCheck, i.id", CaseDetail.Intervention.class)
                .setParameter("m", municipio).setParameter("closed", CasePhase.CLOSED).setParameter("today", today)
                .setMaxResults(max).getResultList();
    }

    @Override
    public List<CaseDetail.Monitoring> monitoring(long caseId) {
        return em.createQuery("select m from CaseMonitoring m join fetch m.author where m.ssptCase.id = :c order by m.checkedOn, m.id",
                CaseDetail.Monitoring.class).setParameter("c", caseId).getResultList();
    }


    @Override
    public Optional<CaseDetail.Member> member(long caseId, long memberId) {
        return em.createQuery("select m from CaseMember m where m.id = :m and m.ssptCase.id = :c", CaseDetail.Member.class)
                .setParameter("m", memberId).setParameter("c", caseId).getResultStream().findFirst();
    }

    @Override
    public List<CaseDetail.MemberChange> memberChanges(long caseId) {
        return em.createQuery("select k from CaseMemberChange k join fetch k.changedBy join fetch k.member m where m.ssptCase.id = :c"
                + " order by k.changedAt, k.id", CaseDetail.MemberChange.class).setParameter("c", caseId).getResultList();
    }
}
