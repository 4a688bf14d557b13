package it.milano.levacivica.portal.domain.audit;

import java.io.Serializable;
import java.time.LocalDateTime;

/** Who read or changed which record, when, from where. Append-only: nothing in the application updates or deletes it. */
public class AuditRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private LocalDateTime occurredAt;
    private String actor;
    private String action;
    private String recordType;
    private Long recordId;
    private String detail;
    private String remoteAddress;
    private long version;

    protected AuditRecord() {
        // for JPA
    }

    public AuditRecord(LocalDateTime occurredAt, String actor, String action, String recordType, Long recordId, String detail,
            String remoteAddress) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.recordType = recordType;
        this.recordId = recordId;
        this.detail = detail == null ? null : detail.length() > 300 ? detail.substring(0, 300) : detail;
        this.remoteAddress = remoteAddress == null ? "" : remoteAddress;
    }

    public Long getId() { return id; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getRecordType() { return recordType; }
    public Long getRecordId() { return recordId; }
    public String getDetail() { return detail; }
    public String getRemoteAddress() { return remoteAddress; }
}
