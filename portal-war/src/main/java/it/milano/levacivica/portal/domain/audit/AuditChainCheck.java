package it.milano.levacivica.portal.domain.audit;

import java.util.Objects;

/**
 * Walks the audit chain in order and finds the first link that does not hold: a record whose fields were
 * changed, a record removed (a gap in the sequence) or put in between, or a head that does not match.
 * Feed it every record in the order of {@code seq}, then ask {@link #result()}.
 */
public final class AuditChainCheck {

    /**
     * @param intact whether every link held
     * @param checked how many records were checked
     * @param firstBrokenSeq the sequence number of the first record that breaks the chain, or null
     * @param reason why it breaks (a message key), or null
     */
    public record Result(boolean intact, long checked, Long firstBrokenSeq, String reason) {
    }

    private String expectedPrev = AuditRecord.GENESIS;
    private long expectedSeq = 1;
    private long checked;
    private Result broken;

    /** @param r the next record, by sequence */
    public void accept(AuditRecord r) {
        Objects.requireNonNull(r);
        if (broken != null) {
            return;
        }
        checked++;
        if (r.getSeq() != expectedSeq) {
            broken = new Result(false, checked, expectedSeq, "audit.chain.gap");
        } else if (!expectedPrev.equals(r.getPrevHash())) {
            broken = new Result(false, checked, r.getSeq(), "audit.chain.link");
        } else if (!r.computeHash(r.getPrevHash()).equals(r.getHash())) {
            broken = new Result(false, checked, r.getSeq(), "audit.chain.changed");
        }
        expectedPrev = r.getHash();
        expectedSeq = r.getSeq() + 1;
    }

    /**
     * @param headSeq the sequence number the chain's head says was written last
     * @param headHash the hash the head says was written last
     * @return the outcome
     */
    public Result result(long headSeq, String headHash) {
        if (broken != null) {
            return broken;
        }
        if (headSeq != expectedSeq - 1 || !headHash.equals(expectedPrev)) {
            return new Result(false, checked, expectedSeq, "audit.chain.head");
        }
        return new Result(true, checked, null, null);
    }
}
