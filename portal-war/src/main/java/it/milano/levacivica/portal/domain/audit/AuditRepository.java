package it.milano.levacivica.portal.domain.audit;

import java.time.LocalDateTime;
import java.util.List;

/** The audit trail: append and search, nothing else. */
public interface AuditRepository {
    void append(AuditRecord record);
    /** @return records matching every non-null criterion, newest first, at most {@code max} */
    List<AuditRecord> search(String actor, String recordType, Long recordId, LocalDateTime from, LocalDateTime to, int max);
}
