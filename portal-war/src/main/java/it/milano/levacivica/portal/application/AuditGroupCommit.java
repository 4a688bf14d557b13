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
 * records as one unit (all or none) and return only when they are durable.
 */
public final class AuditGroupCommit {

    /** At most this many records in one transaction. */
    static final int MAX_BATCH = 200;

    private final Consumer<List<AuditRecord>> writer;
    private final long maxWaitNanos;
    private final Object lock = new Object();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private boolean leading;

    /**
     * @param writer appends a batch of records, in order, as one unit
     * @param maxWait how long a caller waits for its record to be written before it fails (as an unavailable database)
     */
    public AuditGroupCommit(Consumer<List<AuditRecord>> writer, Duration maxWait) {
        this.writer = writer;
        this.maxWaitNanos = maxWait.toNanos();
    }

    /** A record waiting for its batch, and what became of it. */
    private static final class Pending {
        final AuditRecord record;
        boolean done;
        RuntimeException failure;

        Pending(AuditRecord record) {
            this.record = record;
        }
    }

    /**
     * Appends the record, with the others waiting at the same time, and returns once it is committed.
     *
     * @throws PersistenceException when its batch failed (the record is not written) or did not end in time
     */
    public void append(AuditRecord record) {
        Pending mine = new Pending(record);
        long deadline = System.nanoTime() + maxWaitNanos;
        synchronized (lock) {
            queue.add(mine);
        }
        while (true) {
            List<Pending> batch = new ArrayList<>();
            synchronized (lock) {
                while (!mine.done && leading) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        if (queue.remove(mine)) {
                            throw new PersistenceException("the audit record was not written in time",
                                    new SQLTimeoutException("audit group commit waited " + Duration.ofNanos(maxWaitNanos)));
                        }
                        // already taken by a batch under way: its outcome is ours, whatever the wait
                        deadline = Long.MAX_VALUE;
                        continue;
                    }
                    try {
                        lock.wait(Math.max(1, left / 1_000_000));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        if (queue.remove(mine)) {
                            throw new PersistenceException("interrupted before the audit record was written", e);
                        }
                    }
                }
                if (mine.done) {
                    if (mine.failure != null) {
                        throw new PersistenceException("the audit record was not written", mine.failure);
                    }
                    return;
                }
                leading = true;
                while (!queue.isEmpty() && batch.size() < MAX_BATCH) {
                    batch.add(queue.poll());
                }
            }
            RuntimeException failure = null;
            try {
                writer.accept(batch.stream().map(p -> p.record).toList());
            } catch (RuntimeException e) {
                failure = e;
            }
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
}
