package it.milano.levacivica.portal.infrastructure.persistence;

import it.milano.levacivica.portal.domain.audit.AuditRecord;
import it.milano.levacivica.portal.domain.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    private static final int BATCH = 500;

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public void append(List<AuditRecord> records) {
        // the head row is locked until the transaction ends: appends of every instance form one sequence
        Object[] head = (Object[]) em.createNativeQuery("select last_seq, last_hash from audit_chain where id = 1 for update")
                .getSingleResult();
        long seq = ((Number) head[0]).longValue();
        String hash = (String) head[1];
        for (AuditRecord record : records) {
            record.link(++seq, hash);
            em.persist(record);
            hash = record.getHash();
        }
        em.createNativeQuery("update audit_chain set last_seq = ?, last_hash = ? where id = 1")
                .setParameter(1, seq).setParameter(2, hash).executeUpdate();
    }

    @Override
    public List<AuditRecord> search(String actor, String recordType, Long recordId, LocalDateTime from, LocalDateTime to, Long beforeSeq,
            int max) {
        return em.createQuery("select a from AuditRecord a where a.seq < :before and (:actor is null or a.actor = :actor)"
                        + " and (:type is null or a.recordType = :type) and (:rid is null or a.recordId = :rid)"
                        + " and (:from is null or a.occurredAt >= :from) and (:to is null or a.occurredAt < :to)"
                        + " order by a.seq desc", AuditRecord.class)
                .setParameter("before", beforeSeq == null ? Long.MAX_VALUE : beforeSeq).setParameter("actor", actor).setParameter("type", recordType).setParameter("rid", recordId)
                .setParameter("from", from).setParameter("to", to).setMaxResults(max).getResultList();
    }

    @Override
    public List<AuditRecord> about(java.util.Map<String, java.util.Collection<Long>> records, String actor, int max) {
        StringBuilder where = new StringBuilder();
        List<Object[]> params = new java.util.ArrayList<>();
        int i = 0;
        for (var e : records.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            where.append(where.length() == 0 ? "" : " or ").append("(a.recordType = :t").append(i).append(" and a.recordId in :ids").append(i).append(')');
            params.add(new Object[] {"t" + i, e.getKey()});
            params.add(new Object[] {"ids" + i, List.copyOf(e.getValue())});
            i++;
        }
        if (actor != null) {
            where.append(where.length() == 0 ? "" : " or ").append("a.actor = :actor or a.detail like :named");
            params.add(new Object[] {"actor", actor});
            params.add(new Object[] {"named", "% to " + actor.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")});
        }
        if (where.length() == 0) {
            return List.of();
        }
        var q = em.createQuery("select a from AuditRecord a where " + where + " order by a.seq desc", AuditRecord.class).setMaxResults(max);
        params.forEach(p -> q.setParameter((String) p[0], p[1]));
        return q.getResultList();
    }

    @Override
    public void walk(Consumer<AuditRecord> sink) {
        long after = 0;
        while (true) {
            List<AuditRecord> batch = em.createQuery("select a from AuditRecord a where a.seq > :after order by a.seq", AuditRecord.class)
                    .setParameter("after", after).setMaxResults(BATCH)
                    .setHint("eclipselink.read-only", "true").getResultList();
            batch.forEach(sink);
            if (batch.size() < BATCH) {
                return;
            }
            after = batch.get(batch.size() - 1).getSeq();
            em.clear();
        }
    }

    @Override
    public Head head() {
        Object[] head = (Object[]) em.createNativeQuery("select last_seq, last_hash from audit_chain where id = 1").getSingleResult();
        return new Head(((Number) head[0]).longValue(), (String) head[1]);
    }
}
