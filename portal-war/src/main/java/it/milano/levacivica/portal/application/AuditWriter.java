package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.audit.AuditRecord;
import it.milano.levacivica.portal.domain.audit.AuditRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.List;

/** Appends audit records, in the caller's transaction or in one of their own. */
@ApplicationScoped
public class AuditWriter {

    /** Marks a transaction that holds the audit chain's head (it appended a record and has not ended yet). */
    private static final Object HOLDS_HEAD = AuditWriter.class.getName() + ".holdsHead";

    @Inject
    private AuditRepository repository;
    @Resource
    private TransactionSynchronizationRegistry transactions;

    /** @param record appended with the caller's change: both are kept or neither */
    @Transactional(Transactional.TxType.REQUIRED)
    public void append(AuditRecord record) {
        // marked first: if the append fails after taking the head's lock, the transaction still holds it
        transactions.putResource(HOLDS_HEAD, Boolean.TRUE);
        repository.append(List.of(record));
    }

    /** @param record appended and committed now, whatever happens to the caller's transaction (a refusal rolls it back) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void appendAlone(AuditRecord record) {
        repository.append(List.of(record));
    }

    /** @param records appended in this order and committed now, in a transaction of their own, all or none */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void appendAllAlone(List<AuditRecord> records) {
        repository.append(records);
    }

    /**
     * @return whether the caller's transaction holds the chain's head: a record of its own must then be appended in it,
     *         since a transaction of its own would wait for the caller's to end
     */
    public boolean callerHoldsHead() {
        return transactions.getTransactionKey() != null && Boolean.TRUE.equals(transactions.getResource(HOLDS_HEAD));
    }
}
