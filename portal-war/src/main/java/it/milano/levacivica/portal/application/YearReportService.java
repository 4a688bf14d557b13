package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.report.YearReportRepository;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The year's report (issue 18 part 4) for coordinators and administrators, shown as it was last made and kept
 * (issue 16): at national scale a report takes minutes to make, so no request makes one while it waits. A report
 * older than {@code portal.report.maxAgeMinutes} (or never made) is made again in the background by
 * {@link YearReportMaker}; the request that asks for the make waits for it at most {@code portal.report.waitMillis},
 * then shows the one kept, which says when it was made; while that make runs, other requests show the one kept at
 * once. At the Comune's scale a make takes well under a second, so the report shown is the
 * new one. Every report shown (page, JSON, PDF, XLSX) is audited, since it counts case data.
 */
@ApplicationScoped
public class YearReportService {

    private static final Logger LOG = Logger.getLogger(YearReportService.class.getName());

    /** The years a report can be asked for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    @Inject
    @ConfigProperty(name = "portal.report.maxAgeMinutes", defaultValue = "10")
    private long maxAgeMinutes;
    @Inject
    @ConfigProperty(name = "portal.report.waitMillis", defaultValue = "2000")
    private long waitMillis;
    @Inject
    @ConfigProperty(name = "portal.statistics.minCell", defaultValue = "3")
    private int minCell;

    @Inject
    private YearReportMaker maker;
    @Inject
    private YearReportRepository repository;
    @Inject
    private CurrentUser caller;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;
    @Resource
    private ManagedExecutorService executor;

    /** A make asked of this instance: done when it ends; started once it reads (a later change may be missing from it). */
    private record Making(CompletableFuture<Boolean> done, AtomicBoolean started) {
    }

    /** The latest make asked of this instance, per year. */
    private final Map<Integer, Making> making = new HashMap<>();
    /** The latest make asked of this instance, of any year: a new one waits for it (one make at a time per instance). */
    private CompletableFuture<Boolean> last = CompletableFuture.completedFuture(true);

    /**
     * The year's report as last made; made again first if it is older than {@code portal.report.maxAgeMinutes} or
     * was never made, if that ends within {@code portal.report.waitMillis}. Outside any transaction: the kept report is
     * read again after the wait, so the new one is seen.
     *
     * @param year a calendar year, {@value #FIRST_YEAR} to {@value #LAST_YEAR}
     * @param as how it is shown, for the audit trail: {@code page}, {@code json}, {@code pdf} or {@code xlsx}
     * @return the report, or empty when none was ever made and it is still being made: ask again later
     * @throws AccessDeniedException unless the caller is a coordinator or an administrator
     * @throws InvalidInputException (field {@code year}) for a year out of range
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<YearReport> report(int year, String as) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        check(year);
        Optional<YearReport> kept = kept(year);
        if (kept.isEmpty() || kept.get().madeAt().isBefore(clock.instant().minus(Duration.ofMinutes(maxAgeMinutes)))) {
            // a report kept while a make is already under way is shown at once: only the request that asked for the
            // make waits for it (at national scale a make takes about a minute, and every request would wait)
            boolean underWay = kept.isPresent() && underWay(year);
            CompletableFuture<Boolean> make = request(year, false);
            if (!underWay) {
                await(make, year);
                Optional<YearReport> made = kept(year);
                kept = made.isPresent() ? made : kept;
            }
        }
        kept.ifPresent(r -> audit.recordRead("YEAR_REPORT", "REPORT", (long) year, "year's report " + year + " made " + made(r) + " as " + as));
        return kept;
    }

    /**
     * Has the year's report made again from the data as it is when this is called (after the make under way, if
     * any, on this instance), and waits for it at most {@code portal.report.waitMillis}.
     *
     * @return the new report if it was made within the wait; otherwise empty: it is being made (here, or on another
     *         instance of a cluster, which then decides what it reads)
     * @throws AccessDeniedException unless the caller is a coordinator or an administrator
     * @throws InvalidInputException (field {@code year}) for a year out of range
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<YearReport> update(int year) {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        check(year);
        audit.recordRead("YEAR_REPORT_UPDATE", "REPORT", (long) year, "year's report " + year + " to be made again");
        CompletableFuture<Boolean> make = request(year, true);
        Optional<YearReport> made = Boolean.TRUE.equals(await(make, year)) ? kept(year) : Optional.empty();
        made.ifPresent(r -> audit.recordRead("YEAR_REPORT", "REPORT", (long) year, "year's report " + year + " made " + made(r)
                + " as json (update)"));
        return made;
    }

    /**
     * @return the year's report kept, unless it was made with another small-cell threshold than today's (its counts
     *         from the new threshold down would show): then as if never made
     */
    private Optional<YearReport> kept(int year) {
        return maker.kept(year).filter(r -> r.minCell() == minCell);
    }

    /**
     * Asks for the nightly make of this year's report (on every instance: one of a cluster makes it, the others skip)
     * and returns at once; the outcome is logged.
     */
    public void makeThisYearsReport() {
        int year = LocalDate.now(clock).getYear();
        request(year, true).whenComplete((made, failure) -> {
            if (failure != null) {
                LOG.log(Level.SEVERE, "the nightly year's report " + year + " failed; the first request will have it made", failure);
            } else if (!made) {
                LOG.info(() -> "the nightly year's report " + year + " is being made by another instance");
            }
        });
    }

    /** @return the years a report can show: from the first service year's start to this year, newest first */
    @Transactional
    public List<Integer> years() {
        caller.require(Role.COORDINATOR, Role.ADMIN);
        int now = LocalDate.now(clock).getYear();
        int first = Math.max(FIRST_YEAR, Math.min(now, repository.firstYear().orElse(now)));
        List<Integer> out = new ArrayList<>();
        for (int y = now; y >= first; y--) {
            out.add(y);
        }
        return out;
    }

    /** @return when the report was made, as the audit page shows times: {@code 30/11/2026 22:44:38}, Milan's time */
    private String made(YearReport r) {
        return DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(clock.getZone()).format(r.madeAt());
    }

    private static void check(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw InvalidInputException.of("year", "validation.year");
        }
    }

    /**
     * @param fresh true: a make that starts reading after this call (one that has not started yet will do); false:
     *        any make under way will do
     * @return the make's future: true when it made the report, false when another transaction was making it
     */
    private synchronized CompletableFuture<Boolean> request(int year, boolean fresh) {
        Making asked = making.get(year);
        if (asked != null && !asked.done().isDone() && !(fresh && asked.started().get())) {
            return asked.done();
        }
        AtomicBoolean started = new AtomicBoolean();
        CompletableFuture<Boolean> done = last.handle((ignored, failure) -> null).thenApplyAsync(ignored -> {
            started.set(true);
            return maker.make(year);
        }, executor);
        making.put(year, new Making(done, started));
        last = done;
        return done;
    }

    /** @return whether a make of the year asked of this instance has not ended yet */
    private synchronized boolean underWay(int year) {
        Making asked = making.get(year);
        return asked != null && !asked.done().isDone();
    }

    /** @return the make's answer if it ended within the wait, else null */
    private Boolean await(CompletableFuture<Boolean> make, int year) {
        try {
            return make.get(waitMillis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            LOG.log(Level.WARNING, "the year's report " + year + " could not be made; the one kept (if any) is shown", e.getCause());
            return null;
        }
    }
}
