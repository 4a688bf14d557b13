package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.audit.AuditChainCheck;
import it.milano.levacivica.portal.domain.audit.AuditRecord;
import it.milano.levacivica.portal.domain.audit.AuditRepository;
import it.milano.levacivica.portal.domain.people.Role;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The append-only, hash-chained audit trail: every read, list and change of case and placement data,
 * every account, role, enable and password change, sign-in, sign-out and lock, and every refusal; by
 * whom, when (UTC), of which record, from which address. Changes are recorded in the transaction of the
 * change; refusals and sign-in events in a transaction of their own, so that the rollback of a refused
 * action does not take its record with it; reads in batches shared by concurrent reads ({@link #recordRead}).
 * An administrator searches the trail and verifies the chain.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    private AuditRepository repository;
    @Inject
    private AuditWriter writer;
    @Inject
    private CurrentUser caller;
    @Inject
    private Instance<HttpServletRequest> request;
    @Inject
    private Clock clock;

    /**
     * The records of reads, committed in batches. A record waits at most 10 s for a batch (then 503). Each caller
     * waits with its transaction's pooled connection and the batch needs one more, so at most 16 wait at a time, half
     * the pool's 32 ({@code PortalDataSource}); the others append in their own transaction, as changes do.
     */
    private AuditGroupCommit reads;

    @PostConstruct
    void start() {
        reads = new AuditGroupCommit(batch -> writer.appendAllAlone(batch), Duration.ofSeconds(10), 16);
    }

    /**
     * Records an action of the signed-in caller with the current transaction. The audit chain's head row is locked
     * from this append until the transaction ends, and every audited action of every instance waits for it: call it
     * after the action's reads (a report or statistics that audit first hold up the whole service while they count).
     *
     * @param action e.g. READ, LIST, CREATE, UPDATE, TRANSITION
     * @param recordType e.g. CASE, PLACEMENT, ACCOUNT
     * @param recordId the record's id
     * @param detail a short detail (no personal data of case members)
     */
    public void record(String action, String recordType, Long recordId, String detail) {
        writer.append(build(caller.person().getUsername(), action, recordType, recordId, detail));
    }

    /**
     * Records a read, a list or a count of the signed-in caller, committed before this returns, in a transaction of
     * its own shared with the records of the reads that arrive meanwhile ({@link AuditGroupCommit}): the chain's head
     * is locked for that short batch only, never for the rest of the reading request. Call it from a read that locks
     * nothing. If the caller's transaction already appended a record (it holds the head), or 16 reads already wait,
     * the record joins the caller's transaction instead, as {@link #record} would.
     *
     * @param action e.g. READ, LIST, STATISTICS
     */
    public void recordRead(String action, String recordType, Long recordId, String detail) {
        AuditRecord read = build(caller.person().getUsername(), action, recordType, recordId, detail);
        if (writer.callerHoldsHead() || !reads.append(read)) {
            writer.append(read);
        }
    }

    /** As {@link #record}, for an actor that is not (yet) the signed-in caller, e.g. at sign-in. */
    public void recordAs(String actor, String action, String recordType, Long recordId, String detail) {
        writer.append(build(actor, action, recordType, recordId, detail));
    }

    /**
     * Records a refusal in a transaction of its own: it stays even though the refused action rolls back.
     *
     * @param action e.g. DENIED_READ, DENIED_UPDATE
     */
    public void recordRefusal(String action, String recordType, Long recordId, String detail) {
        String actor = caller.isSignedIn() ? caller.name() : "anonymous";
        writer.appendAlone(build(actor, action, recordType, recordId, detail));
    }

    /** As {@link #recordAs}, committed now in a transaction of its own (sign-out, refused sign-in events). */
    public void recordAlone(String actor, String action, String recordType, Long recordId, String detail) {
        writer.appendAlone(build(actor, action, recordType, recordId, detail));
    }

    private AuditRecord build(String actor, String action, String recordType, Long recordId, String detail) {
        return new AuditRecord(LocalDateTime.now(clock.withZone(ZoneOffset.UTC)), actor, action, recordType, recordId, detail,
                address());
    }

    private String address() {
        try {
            return ClientAddress.of(request.get());
        } catch (RuntimeException noRequest) {
            return "";
        }
    }

    /**
     * Administrator only: search by person, record and period.
     *
     * @param from start, UTC, or null
     * @param to end (exclusive), UTC, or null
     * @return at most 1,000 records, newest first
     */
    @Transactional
    public List<AuditRecord> search(String actor, String recordType, Long recordId, LocalDateTime from, LocalDateTime to) {
        caller.require(Role.ADMIN);
        List<AuditRecord> found = repository.search(blank(actor), blank(recordType), recordId, from, to, null, 1000);
        record("SEARCH", "AUDIT", null, found.size() + " records");
        return found;
    }

    /**
     * Administrator only: a page of a search by person, record and period, newest first.
     *
     * @param from start, UTC, or null
     * @param to end (exclusive), UTC, or null
     * @param beforeSeq the sequence number of the previous page's last record, or null for the first page
     * @param max at most this many
     * @return the records, read in the database
     */
    @Transactional
    public List<AuditRecord> searchPage(String actor, String recordType, Long recordId, LocalDateTime from, LocalDateTime to, Long beforeSeq,
            int max) {
        caller.require(Role.ADMIN);
        List<AuditRecord> found = repository.search(blank(actor), blank(recordType), recordId, from, to, beforeSeq, max);
        record("SEARCH", "AUDIT", null, found.size() + " records" + (beforeSeq == null ? "" : " before " + beforeSeq));
        return found;
    }

    /**
     * Administrator only: walks the whole chain and says whether it holds. The check itself is recorded.
     *
     * @return the outcome, with the first broken link if any
     */
    @Transactional
    public AuditChainCheck.Result verifyChain() {
        caller.require(Role.ADMIN);
        AuditChainCheck check = new AuditChainCheck();
        AuditRepository.Head head = repository.head();
        repository.walk(check::accept);
        AuditChainCheck.Result result = check.result(head.seq(), head.hash());
        record("VERIFY_CHAIN", "AUDIT", null, result.intact() ? "intact, " + result.checked() + " records"
                : "broken at " + result.firstBrokenSeq() + " (" + result.reason() + ")");
        return result;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
