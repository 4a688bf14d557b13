package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.audit.AuditRecord;
import jakarta.persistence.PersistenceException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Group commit of audit records: each caller's record is committed before the caller goes on, but the records of
 * the callers that arrive while a commit is under way are appended together, in one transaction, by one of them
 * (the leader; no thread of its own). The audit chain's head is locked once per batch instead of once per record,
 * and a database commit is paid once per batch: audited reads no longer line up one commit after another.
 *
 * <p>Plain Java: the batch is written by the {@code Consumer} given to the constructor, which must append the
 * records as one unit (all or none) and return only when they are durable. A caller that waits keeps whatever its
 * own transaction holds (a pooled connection), so at most {@code maxWaiting} callers wait at a time; the others are
 * refused at once and append on their own.
 */
public final class AuditGroupCommit {

    /** At most this many records in one transaction (each is one insert while the chain's head is locked). */
    static final int MAX_BATCH = 50;

    private final Consumer<List<AuditRecord>> writer;
    private final long maxWaitNanos;
    private final int maxWaiting;
    private final Object lock = new Object();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private int waiting;
    private boolean leading;

    /**
     * @param writer appends a batch of records, in order, as one unit
     * @param maxWait how long a record may wait for a batch to take it before its caller fails (as an unavailable
     *        database); once taken, the caller waits for the batch's outcome, which the database's timeouts bound
     * @param maxWaiting at most this many callers wait at a time
     */
    public AuditGroupCommit(Consumer<List<AuditRecord>> writer, Duration maxWait, int maxWaiting) {
        this.writer = writer;
        this.maxWaitNanos = maxWait.toNanos();
        this.maxWaiting = maxWaiting;
    }

    /** A record waiting for its batch, and what became of it. */
    private static final class Pending {
        final AuditRecord record;
        boolean taken;
        boolean done;
        Throwable failure;

        Pending(AuditRecord record) {
            this.record = record;
        }
    }

    /**
     * Appends the record, with the others waiting at the same time, and returns once it is committed.
     *
     * @return false, at once and without writing it, when {@code maxWaiting} callers already wait: the caller then
     *         appends the record itself
     * @throws PersistenceException when its batch failed (the record is not written) or no batch took it in time
     */
    public boolean append(AuditRecord record) {
        Pending mine = new Pending(record);
        long start = System.nanoTime();
        boolean interrupted = false;
        synchronized (lock) {
            if (waiting >= maxWaiting) {
                return false;
            }
            waiting++;
            queue.add(mine);
        }
        try {
            while (true) {
                List<Pending> batch = new ArrayList<>();
                synchronized (lock) {
                    while (!mine.done && leading) {
                        long left = maxWaitNanos - (System.nanoTime() - start);
                        if (!mine.taken && left <= 0) {
                            queue.remove(mine);
                            throw new PersistenceException("the audit record was not written in time",
                                    new SQLTimeoutException("no audit batch took the record within " + Duration.ofNanos(maxWaitNanos)));
                        }
                        try {
                            // once taken, the batch's outcome is ours: wait for it (the database's timeouts bound it)
                            lock.wait(mine.taken ? 0 : Math.max(1, left / 1_000_000));
                        } catch (InterruptedException e) {
                            interrupted = true;
                        }
                    }
                    if (mine.done) {
                        if (mine.failure != null) {
                            throw new PersistenceException("the audit record was not written", mine.failure);
                        }
                        return true;
                    }
                    leading = true;
                    while (!queue.isEmpty() && batch.size() < MAX_BATCH) {
                        Pending p = queue.poll();
                        p.taken = true;
                        batch.add(p);
                    }
                }
                write(batch);
            }
        } finally {
            synchronized (lock) {
                waiting--;
                if (!mine.taken) {
                    queue.remove(mine); // a leader that failed before a batch took its record leaves it to nobody
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Writes a batch as its leader, and whatever happens hands its outcome to its callers and gives up the lead. */
    private void write(List<Pending> batch) {
        Throwable failure = null;
        try {
            writer.accept(batch.stream().map(p -> p.record).toList());
        } catch (Throwable e) {
            failure = e;
            if (e instanceof Error error) {
                finish(batch, failure);
                throw error;
            }
        }
        finish(batch, failure);
    }

    private void finish(List<Pending> batch, Throwable failure) {
        synchronized (lock) {
            for (Pending p : batch) {
                p.done = true;
                p.failure = failure;
            }
            leading = false;
            lock.notifyAll();
        }
    }
}
