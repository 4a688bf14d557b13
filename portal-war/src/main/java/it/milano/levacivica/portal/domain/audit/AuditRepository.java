package it.milano.levacivica.portal.domain.audit;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Consumer;

/** The audit trail: append, search and walk; nothing else. */
public interface AuditRepository {

    /**
     * Appends the records, in this order, as the next links of the chain; takes the chain's head lock until the
     * transaction ends (once for all of them).
     */
    void append(java.util.List<AuditRecord> records);

    /**
     * @param beforeSeq only records before this place in the chain (the last of the previous page), or null
     * @return records matching every non-null criterion (times in UTC), newest first, at most {@code max}
     */
    List<AuditRecord> search(String actor, String recordType, Long recordId, LocalDateTime from, LocalDateTime to, Long beforeSeq, int max);

    /**
     * The records about a person, for their copy of their data: those on any of the given records, or made by
     * {@code actor}, or naming {@code actor} in their detail ("... to user").
     *
     * @param records record type → ids (e.g. CASE → [12], SERVICE_YEAR → [3, 4])
     * @param actor a user name, or null
     * @param max at most this many, newest first
     */
    List<AuditRecord> about(java.util.Map<String, java.util.Collection<Long>> records, String actor, int max);

    /** Hands every record to {@code sink} in the order of the chain, a batch at a time. */
    void walk(Consumer<AuditRecord> sink);

    /** @return the head of the chain: the last sequence number and hash written */
    Head head();

    /** The head of the chain. */
    record Head(long seq, String hash) {
    }
}
