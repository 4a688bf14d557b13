package it.milano.levacivica.portal.domain.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainCheckTest {

    private static List<AuditRecord> chain(int n) {
        List<AuditRecord> out = new ArrayList<>();
        String prev = AuditRecord.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditRecord r = new AuditRecord(LocalDateTime.of(2026, 11, 30, 10, 0).plusSeconds(i), "anna", "READ", "CASE", (long) i,
                    "M5-2026-" + i, "10.0.0." + i);
            r.link(i, prev);
            prev = r.getHash();
            out.add(r);
        }
        return out;
    }

    private static AuditChainCheck.Result check(List<AuditRecord> records, long headSeq, String headHash) {
        AuditChainCheck c = new AuditChainCheck();
        records.forEach(c::accept);
        return c.result(headSeq, headHash);
    }

    private static void set(AuditRecord r, String field, Object value) throws ReflectiveOperationException {
        Field f = AuditRecord.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(r, value);
    }

    @Test
    void anUntouchedChainHolds() {
        List<AuditRecord> c = chain(5);
        AuditChainCheck.Result r = check(c, 5, c.get(4).getHash());
        assertTrue(r.intact());
        assertEquals(5, r.checked());
    }

    @Test
    void aChangedFieldIsFoundAtItsRow() throws Exception {
        List<AuditRecord> c = chain(5);
        set(c.get(2), "actor", "mallory");
        AuditChainCheck.Result r = check(c, 5, c.get(4).getHash());
        assertFalse(r.intact());
        assertEquals(3L, r.firstBrokenSeq());
        assertEquals("audit.chain.changed", r.reason());
    }

    @Test
    void aChangedTimeOrAddressIsFound() throws Exception {
        List<AuditRecord> c = chain(3);
        set(c.get(0), "occurredAt", c.get(0).getOccurredAt().plusNanos(1_000_000));
        assertEquals(1L, check(c, 3, c.get(2).getHash()).firstBrokenSeq());
        List<AuditRecord> d = chain(3);
        set(d.get(1), "remoteAddress", "10.6.6.6");
        assertEquals(2L, check(d, 3, d.get(2).getHash()).firstBrokenSeq());
    }

    @Test
    void aRemovedRowIsFound() {
        List<AuditRecord> c = chain(5);
        c.remove(2);
        AuditChainCheck.Result r = check(c, 5, c.get(3).getHash());
        assertEquals(3L, r.firstBrokenSeq());
        assertEquals("audit.chain.gap", r.reason());
    }

    @Test
    void aRowRehashedInPlaceBreaksTheNextLink() throws Exception {
        List<AuditRecord> c = chain(4);
        set(c.get(1), "detail", "rewritten");
        c.get(1).link(2, c.get(0).getHash());
        AuditChainCheck.Result r = check(c, 4, c.get(3).getHash());
        assertEquals(3L, r.firstBrokenSeq());
        assertEquals("audit.chain.link", r.reason());
    }

    @Test
    void theLastRowRemovedIsFoundByTheHead() {
        List<AuditRecord> c = chain(4);
        String head = c.get(3).getHash();
        c.remove(3);
        AuditChainCheck.Result r = check(c, 4, head);
        assertFalse(r.intact());
        assertEquals("audit.chain.head", r.reason());
    }

    @Test
    void theCanonicalTextIsWhatTheMigrationHashes() {
        AuditRecord r = new AuditRecord(LocalDateTime.of(2026, 11, 30, 9, 5, 7, 123_456_789), "anna", "READ", "CASE", null, null, "1.2.3.4");
        r.link(7, AuditRecord.GENESIS);
        // V7__trust.sql: CONCAT_WS('|', prev, seq, DATE_FORMAT(occurred_at, '%Y-%m-%dT%H:%i:%s.%f'), actor, action, record_type,
        // IFNULL(record_id, ''), IFNULL(detail, ''), remote_address); the database keeps milliseconds
        assertEquals(AuditRecord.GENESIS + "|7|2026-11-30T09:05:07.123000|anna|READ|CASE|||1.2.3.4", r.canonical(AuditRecord.GENESIS));
    }
}
