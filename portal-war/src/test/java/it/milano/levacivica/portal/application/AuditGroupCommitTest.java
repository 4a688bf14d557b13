package it.milano.levacivica.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.milano.levacivica.portal.domain.audit.AuditRecord;
import jakarta.persistence.PersistenceException;
import java.sql.SQLTimeoutException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AuditGroupCommitTest {

    private static AuditRecord read(int n) {
        return new AuditRecord(LocalDateTime.of(2026, 11, 30, 12, 0), "socialworker", "READ", "CASE", (long) n, "case " + n, "127.0.0.1");
    }

    @Test
    void everyRecordIsWrittenOnceBeforeItsCallerGoesOnAndCallersThatArriveTogetherShareACommit() throws Exception {
        List<List<AuditRecord>> batches = Collections.synchronizedList(new ArrayList<>());
        Set<AuditRecord> durable = ConcurrentHashMap.newKeySet();
        AuditGroupCommit commit = new AuditGroupCommit(batch -> {
            sleep(20); // a commit's fsync
            batches.add(batch);
            durable.addAll(batch);
        }, Duration.ofSeconds(30), 100);
        int callers = 40;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            AuditRecord mine = read(i);
            answers.add(pool.submit(() -> {
                go.await();
                assertTrue(commit.append(mine));
                return durable.contains(mine); // written before append returned
            }));
        }
        go.countDown();
        for (Future<Boolean> a : answers) {
            assertTrue(a.get(30, TimeUnit.SECONDS), "a caller went on before its record was written");
        }
        pool.shutdown();
        assertEquals(callers, batches.stream().mapToInt(List::size).sum(), "each record once: " + batches);
        assertEquals(callers, durable.size());
        assertTrue(batches.size() < callers, "records that waited together went in one commit: " + batches.size() + " commits");
    }

    @Test
    void aFailedBatchFailsItsCallersAndTheNextCallerIsWrittenAgain() {
        List<AuditRecord> written = new ArrayList<>();
        AuditGroupCommit commit = new AuditGroupCommit(batch -> {
            if (batch.get(0).getRecordId() == 1L) {
                throw new IllegalStateException("the database went away");
            }
            written.addAll(batch);
        }, Duration.ofSeconds(5), 100);
        PersistenceException failed = assertThrows(PersistenceException.class, () -> commit.append(read(1)));
        assertInstanceOf(IllegalStateException.class, failed.getCause());
        assertTrue(commit.append(read(2)));
        assertEquals(List.of(2L), written.stream().map(AuditRecord::getRecordId).toList());
    }

    @Test
    void aCallerWhoseRecordNoBatchTookInTimeFailsAsAnUnavailableDatabase() throws Exception {
        HangingDatabase db = new HangingDatabase();
        AuditGroupCommit commit = new AuditGroupCommit(db::write, Duration.ofMillis(300), 100);
        Future<Boolean> first = db.whileWriting(() -> commit.append(read(1)));
        PersistenceException late = assertThrows(PersistenceException.class, () -> commit.append(read(2)));
        assertInstanceOf(SQLTimeoutException.class, late.getCause());
        assertTrue(db.answer(first), "the record already in the hanging batch waited for its outcome");
        assertEquals(List.of(1L), db.written(), "the late record is not written");
    }

    @Test
    void anErrorWhileWritingFailsItsBatchAndLeavesTheNextCallerFreeToLead() {
        List<AuditRecord> written = new ArrayList<>();
        AuditGroupCommit commit = new AuditGroupCommit(batch -> {
            if (batch.get(0).getRecordId() == 1L) {
                throw new StackOverflowError("deep");
            }
            written.addAll(batch);
        }, Duration.ofSeconds(2), 100);
        assertThrows(StackOverflowError.class, () -> commit.append(read(1)));
        assertTrue(commit.append(read(2)), "the lead was given up");
        assertEquals(List.of(2L), written.stream().map(AuditRecord::getRecordId).toList());
    }

    @Test
    void beyondTheWaitingLimitACallerIsRefusedAtOnceAndNothingOfItsIsWritten() throws Exception {
        HangingDatabase db = new HangingDatabase();
        AuditGroupCommit commit = new AuditGroupCommit(db::write, Duration.ofSeconds(30), 1);
        Future<Boolean> first = db.whileWriting(() -> commit.append(read(1)));
        assertFalse(commit.append(read(2)), "one caller waits already: the second appends on its own");
        assertTrue(db.answer(first));
        assertEquals(List.of(1L), db.written());
        assertTrue(commit.append(read(3)), "the limit counts callers waiting now");
    }

    /** A writer that hangs until answered, as a database that stopped answering. */
    private static final class HangingDatabase {
        private final CountDownLatch release = new CountDownLatch(1);
        private final CountDownLatch writing = new CountDownLatch(1);
        private final List<AuditRecord> written = Collections.synchronizedList(new ArrayList<>());
        private final ExecutorService pool = Executors.newSingleThreadExecutor();

        void write(List<AuditRecord> batch) {
            writing.countDown();
            await(release);
            written.addAll(batch);
        }

        /** Starts the caller on a thread of its own and returns once its batch is being written (and hangs). */
        Future<Boolean> whileWriting(java.util.concurrent.Callable<Boolean> caller) throws InterruptedException {
            Future<Boolean> f = pool.submit(caller);
            assertTrue(writing.await(10, TimeUnit.SECONDS), "the first batch is being written");
            return f;
        }

        /** Lets the database answer and returns what the hanging caller got. */
        boolean answer(Future<Boolean> caller) throws Exception {
            release.countDown();
            try {
                return caller.get(10, TimeUnit.SECONDS);
            } finally {
                pool.shutdown();
            }
        }

        List<Long> written() {
            return written.stream().map(AuditRecord::getRecordId).toList();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
