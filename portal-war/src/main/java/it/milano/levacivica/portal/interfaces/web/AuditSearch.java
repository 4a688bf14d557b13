package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.AuditTrail;
import it.milano.levacivica.portal.domain.audit.AuditRecord;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** The administrator's search of the audit trail, by person, record and period; export as CSV. */
@Named
@ViewScoped
public class AuditSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AuditTrail audit;

    private String actor;
    private String recordType;
    private Long recordId;
    private LocalDate from;
    private LocalDate to;
    private List<AuditRecord> records = List.of();

    @PostConstruct
    void init() {
        search();
    }

    public void search() {
        records = audit.search(actor, recordType, recordId, from == null ? null : from.atStartOfDay(),
                to == null ? null : to.plusDays(1).atStartOfDay());
    }

    /** @return the API link that exports the same search as CSV */
    public String getCsvLink() {
        StringBuilder q = new StringBuilder("/api/v1/audit?format=csv");
        if (actor != null && !actor.isBlank()) {
            q.append("&actor=").append(java.net.URLEncoder.encode(actor.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (recordType != null && !recordType.isBlank()) {
            q.append("&recordType=").append(java.net.URLEncoder.encode(recordType.strip(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (recordId != null) {
            q.append("&recordId=").append(recordId);
        }
        if (from != null) {
            q.append("&from=").append(from);
        }
        if (to != null) {
            q.append("&to=").append(to.plusDays(1));
        }
        return q.toString();
    }

    public List<AuditRecord> getRecords() { return records; }
    public String getActor() { return actor; }
    public void setActor(String actor) { this.actor = actor; }
    public String getRecordType() { return recordType; }
    public void setRecordType(String recordType) { this.recordType = recordType; }
    public Long getRecordId() { return recordId; }
    public void setRecordId(Long recordId) { this.recordId = recordId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
