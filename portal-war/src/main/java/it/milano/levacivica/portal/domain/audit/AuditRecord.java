package it.milano.levacivica.portal.domain.audit;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Who read, changed or was refused which record, when (UTC), from where. Append-only: nothing in the
 * application updates or deletes it, and the database refuses it too. Each record is a link of a hash
 * chain: {@code hash = SHA-256(prevHash | seq | fields)}, so a changed, removed or inserted row breaks
 * the chain at that point ({@link AuditChainCheck}).
 */
public class AuditRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The hash before the first record. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter CANONICAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private Long id;
    private long seq;
    private LocalDateTime occurredAt;
    private String actor;
    private String action;
    private String recordType;
    private Long recordId;
    private String detail;
    private String remoteAddress;
    private String prevHash;
    private String hash;
    private long version;

    protected AuditRecord() {
        // for JPA
    }

    /**
     * @param occurredAt when, in UTC (kept to the millisecond, as the database does)
     * @param actor the account that acted, or the name typed for sign-in events
     * @param action what happened, e.g. READ, LIST, UPDATE, DENIED_READ, SIGN_IN, ROLES_CHANGE
     * @param recordType e.g. CASE, PLACEMENT, ACCOUNT
     * @param recordId the record's id, or null
     * @param detail a short detail, no personal data of case members (cut at 300 characters)
     * @param remoteAddress the client's address
     */
    public AuditRecord(LocalDateTime occurredAt, String actor, String action, String recordType, Long recordId, String detail,
            String remoteAddress) {
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        this.actor = cut(Objects.requireNonNull(actor), 64);
        this.action = cut(Objects.requireNonNull(action), 30);
        this.recordType = cut(Objects.requireNonNull(recordType), 30);
        this.recordId = recordId;
        this.detail = detail == null ? null : cut(detail, 300);
        this.remoteAddress = remoteAddress == null ? "" : cut(remoteAddress, 64);
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /**
     * Makes this record the next link of the chain.
     *
     * @param seq its position, one after the previous record's
     * @param prevHash the previous record's hash ({@link #GENESIS} for the first)
     */
    public void link(long seq, String prevHash) {
        this.seq = seq;
        this.prevHash = Objects.requireNonNull(prevHash);
        this.hash = computeHash(prevHash);
    }

    /** @param prev the hash the previous link should have @return the hash this record's fields give after it */
    public String computeHash(String prev) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(prev).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text that is hashed; the migration that sealed the first records (V7) computes the same in SQL. */
    String canonical(String prev) {
        return String.join("|", prev, Long.toString(seq), occurredAt.format(CANONICAL_TIME), actor, action, recordType,
                recordId == null ? "" : recordId.toString(), detail == null ? "" : detail, remoteAddress);
    }

    public Long getId() { return id; }
    public long getSeq() { return seq; }
    /** @return when, in UTC */
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public String getRecordType() { return recordType; }
    public Long getRecordId() { return recordId; }
    public String getDetail() { return detail; }
    public String getRemoteAddress() { return remoteAddress; }
    public String getPrevHash() { return prevHash; }
    public String getHash() { return hash; }
}
