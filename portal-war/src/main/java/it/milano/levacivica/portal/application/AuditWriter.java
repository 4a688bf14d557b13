package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.audit.AuditRecord;
import it.milano.levacivica.portal.domain.audit.AuditRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Appends audit records, in the caller's transaction or in one of their own. */
@ApplicationScoped
public class AuditWriter {

    @Inject
    private AuditRepository repository;

    /** @param record appended with the caller's change: both are kept or neither */
    @Transactional(Transactional.TxType.REQUIRED)
    public void append(AuditRecord record) {
        repository.append(record);
    }

    /** @param record appended and committed now, whatever happens to the caller's transaction (a refusal rolls it back) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void appendAlone(AuditRecord record) {
        repository.append(record);
    }
}
