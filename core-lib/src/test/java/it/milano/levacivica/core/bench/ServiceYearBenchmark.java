package it.milano.levacivica.core.bench;

import it.milano.levacivica.core.forecast.PaceForecast;
import it.milano.levacivica.core.forecast.Progress;
import it.milano.levacivica.core.rules.Absence;
import it.milano.levacivica.core.rules.AbsenceType;
import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.HourEntry;
import it.milano.levacivica.core.rules.RuleSets;
import it.milano.levacivica.core.rules.ServiceRecord;
import it.milano.levacivica.core.rules.ServiceYear;
import it.milano.levacivica.core.rules.ValidationResult;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (a) A volunteer's complete year, about 250 working days of entries: record built, whole year
 * reviewed, progress and forecast computed, in volunteer-years per second; (b) one new entry validated
 * against that year, in nanoseconds. Run: {@code mvn -pl core-lib -Pbench verify}.
 */
@State(Scope.Benchmark)
public class ServiceYearBenchmark {

    static final LocalDate START = LocalDate.of(2025, 11, 3);
    static final ServiceYear YEAR = ServiceYear.of(START, RuleSets.LEVA_CIVICA);

    Clock clock;
    List<HourEntry> entries;
    List<Absence> absences;
    List<LocalDate> checkIns;
    ServiceRecord record;
    HourEntry candidate;

    @Setup
    public void setUp() {
        clock = Clock.fixed(YEAR.end().plusDays(10).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        entries = new ArrayList<>();
        absences = new ArrayList<>();
        checkIns = new ArrayList<>();
        int day = 0;
        ActivityType[] types = ActivityType.values();
        for (LocalDate d = START; d.isBefore(YEAR.end()); d = d.plusDays(1), day++) {
            DayOfWeek dow = d.getDayOfWeek();
            if (dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY) {
                continue;
            }
            if (day % 17 == 5) {
                absences.add(new Absence(d, AbsenceType.LEAVE));
                continue;
            }
            if (dow == DayOfWeek.MONDAY) {
                checkIns.add(d);
            }
            if (day % 9 == 0) {
                entries.add(HourEntry.of(d, Category.SPECIFIC_TRAINING, Duration.ofHours(2)));
                entries.add(HourEntry.service(d, Duration.ofHours(4), types[day % types.length]));
            } else {
                entries.add(HourEntry.service(d, Duration.ofMinutes(345), types[day % types.length]));
            }
        }
        record = ServiceRecord.of(YEAR, entries, absences, checkIns);
        candidate = HourEntry.service(LocalDate.of(2026, 6, 13), Duration.ofHours(3), ActivityType.COMMUNICATION);
    }

    /** (a) One volunteer-year: build, review, progress, forecast. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public Object fullYear() {
        ServiceRecord r = ServiceRecord.of(YEAR, entries, absences, checkIns);
        ValidationResult review = r.review(clock);
        Progress p = Progress.of(r, YEAR.lastDay());
        PaceForecast f = PaceForecast.of(r, p);
        return review.violations().size() + f.requiredWeekly().getSeconds();
    }

    /** (b) One new entry against a year of existing ones. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public ValidationResult validateOneEntry() {
        return record.validate(candidate, clock);
    }

    /** (b') The same, then the new record an application keeps (copy-on-write of the per-day totals). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public ServiceRecord validateAndAddOneEntry() {
        ValidationResult v = record.validate(candidate, clock);
        return v.isAccepted() ? record.withEntry(candidate) : record;
    }
}
