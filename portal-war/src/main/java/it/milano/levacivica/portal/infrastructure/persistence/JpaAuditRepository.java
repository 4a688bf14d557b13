package it.milano.levacivica.portal.infrastructure.persistence;

import it.milano.levacivica.portal.domain.audit.AuditRecord;
import it.milano.levacivica.portal.domain.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void append(AuditRecord record) {
        em.persist(record);
    }

    @Override
    public List<AuditRecord> search(String actor, String recordType, Long recordId, LocalDateTime from, LocalDateTime to, int max) {
        return em.createQuery("select a from AuditRecord a where (:actor is null or a.actor = :actor)"
                        + " and (:type is null or a.recordType = :type) and (:rid is null or a.recordId = :rid)"
                        + " and (:from is null or a.occurredAt >= :from) and (:to is null or a.occurredAt < :to)"
                        + " order by a.occurredAt desc, a.id desc", AuditRecord.class)
                .setParameter("actor", actor).setParameter("type", recordType).setParameter("rid", recordId)
                .setParameter("from", from).setParameter("to", to).setMaxResults(max).getResultList();
    }
}
