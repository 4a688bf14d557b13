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
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch writing = new CountDownLatch(1);
        List<AuditRecord> written = Collections.synchronizedList(new ArrayList<>());
        AuditGroupCommit commit = new AuditGroupCommit(batch -> {
            writing.countDown();
            await(release); // a hanging database
            written.addAll(batch);
        }, Duration.ofMillis(300), 100);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<?> first = pool.submit(() -> commit.append(read(1)));
        assertTrue(writing.await(10, TimeUnit.SECONDS));
        PersistenceException late = assertThrows(PersistenceException.class, () -> commit.append(read(2)));
        assertInstanceOf(SQLTimeoutException.class, late.getCause());
        release.countDown();
        first.get(10, TimeUnit.SECONDS); // the record already in the hanging batch waited for its outcome
        pool.shutdown();
        assertEquals(List.of(1L), written.stream().map(AuditRecord::getRecordId).toList(), "the late record is not written");
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
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch writing = new CountDownLatch(1);
        List<AuditRecord> written = Collections.synchronizedList(new ArrayList<>());
        AuditGroupCommit commit = new AuditGroupCommit(batch -> {
            writing.countDown();
            await(release);
            written.addAll(batch);
        }, Duration.ofSeconds(30), 1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<Boolean> first = pool.submit(() -> commit.append(read(1)));
        assertTrue(writing.await(10, TimeUnit.SECONDS));
        assertFalse(commit.append(read(2)), "one caller waits already: the second appends on its own");
        release.countDown();
        assertTrue(first.get(10, TimeUnit.SECONDS));
        pool.shutdown();
        assertEquals(List.of(1L), written.stream().map(AuditRecord::getRecordId).toList());
        assertTrue(commit.append(read(3)), "the limit counts callers waiting now");
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
