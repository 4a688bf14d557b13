package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.audit.AuditRecord;
import it.milano.levacivica.portal.domain.audit.AuditRepository;
import it.milano.levacivica.portal.domain.people.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The append-only audit trail of case data: every read and every change, by whom, when, of which record,
 * from which address. Written in the same transaction as the change; an administrator searches it.
 */
@ApplicationScoped
@Transactional
public class AuditTrail {

    @Inject
    private AuditRepository repository;
    @Inject
    private CurrentUser caller;
    @Inject
    private Instance<HttpServletRequest> request;
    @Inject
    private Clock clock;

    /**
     * @param action e.g. READ, CREATE, UPDATE, TRANSITION
     * @param recordType e.g. CASE
     * @param recordId the record's id
     * @param detail a short detail (no personal data)
     */
    public void record(String action, String recordType, Long recordId, String detail) {
        String address;
        try {
            address = request.get().getRemoteAddr();
        } catch (RuntimeException noRequest) {
            address = "";
        }
        repository.append(new AuditRecord(LocalDateTime.now(clock), caller.person().getUsername(), action, recordType, recordId,
                detail, address));
    }

    /** Administrator only: search by person, record and period. */
    public List<AuditRecord> search(String actor, String recordType, Long recordId, LocalDateTime from, LocalDateTime to) {
        caller.require(Role.ADMIN);
        return repository.search(blank(actor), blank(recordType), recordId, from, to, 1000);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
