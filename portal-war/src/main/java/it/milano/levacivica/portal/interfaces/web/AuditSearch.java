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

    private static final java.time.ZoneId ZONE = it.milano.levacivica.portal.infrastructure.ClockProducer.ZONE;

    @Inject
    private AuditTrail audit;

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
        records = audit.search(actor, recordType, recordId, utc(from), utc(to == null ? null : to.plusDays(1)));
    }

    /** @return the start of a day in Rome, in UTC as the trail stores it */
    private static java.time.LocalDateTime utc(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ZONE).withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime();
    }

    /** @param a a record @return when it happened, in Rome time */
    public java.time.LocalDateTime local(AuditRecord a) {
        return a.getOccurredAt().atZone(java.time.ZoneOffset.UTC).withZoneSameInstant(ZONE).toLocalDateTime();
    }

    /** Walks the whole hash chain and says whether it holds. */
    public void verifyChain() {
        var r = audit.verifyChain();
        jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
        String text = r.intact() ? FacesFeedback.text("audit.chain.intact", r.checked())
                : FacesFeedback.text("audit.chain.broken", r.firstBrokenSeq(), FacesFeedback.text(r.reason()));
        fc.addMessage(null, new jakarta.faces.application.FacesMessage(
                r.intact() ? jakarta.faces.application.FacesMessage.SEVERITY_INFO : jakarta.faces.application.FacesMessage.SEVERITY_ERROR, text, text));
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
    /** @return the kinds of record the audit names, for the search's menu */
    public List<String> getRecordTypes() {
        return List.of("ACCOUNT", "API_TOKEN", "AUDIT", "CASE", "CASE_MEMBER", "INTERVENTION", "JOB", "LOGIN_FAILURE", "PERSON", "PLACEMENT", "SERVICE_YEAR", "WAITING_LIST");
    }

    public String getRecordType() { return recordType; }
    public void setRecordType(String recordType) { this.recordType = recordType; }
    public Long getRecordId() { return recordId; }
    public void setRecordId(Long recordId) { this.recordId = recordId; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
}
