package it.milano.levacivica.core.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.HourEntry;
import it.milano.levacivica.core.rules.RuleSets;
import it.milano.levacivica.core.rules.ServiceRecord;
import it.milano.levacivica.core.rules.ServiceYear;
import it.milano.levacivica.core.rules.ValidationResult;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of progress and validation, over random years of entries. */
class ProgressProperties {

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final ServiceYear YEAR = ServiceYear.of(START, RuleSets.LEVA_CIVICA);
    static final Clock LATER = Clock.fixed(LocalDate.of(2027, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    @Provide
    Arbitrary<HourEntry> entries() {
        Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 364).map(START::plusDays);
        Arbitrary<Category> categories = Arbitraries.of(Category.class);
        Arbitrary<Duration> durations = Arbitraries.integers().between(1, 32).map(q -> Duration.ofMinutes(15L * q));
        Arbitrary<ActivityType> activities = Arbitraries.of(ActivityType.class);
        return Combinators.combine(dates, categories, durations, activities)
                .as((d, c, h, a) -> new HourEntry(d, c, h, c == Category.SERVICE ? a : null));
    }

    @Property(tries = 200)
    void progressNeverCountsAnHourTwiceOrInTheWrongCategory(@ForAll("list") List<HourEntry> entries) {
        ServiceRecord r = ServiceRecord.of(YEAR, entries, List.of(), List.of());
        Progress p = Progress.of(r, YEAR.lastDay());
        Map<Category, Long> expected = new EnumMap<>(Category.class);
        for (HourEntry e : entries) {
            expected.merge(e.category(), e.duration().toMinutes(), Long::sum);
        }
        long all = 0;
        for (Category c : Category.values()) {
            long done = expected.getOrDefault(c, 0L);
            all += done;
            assertEquals(done, p.of(c).done().toMinutes(), c.name());
            assertEquals(Math.min(done, RuleSets.LEVA_CIVICA.target(c).toMinutes()), p.of(c).counted().toMinutes());
        }
        assertEquals(all, p.done().toMinutes());
    }

    @Property(tries = 200)
    void theOrderOfEntriesDoesNotChangeTheResult(@ForAll("list") List<HourEntry> entries, @ForAll long seed) {
        List<HourEntry> shuffled = new ArrayList<>(entries);
        Collections.shuffle(shuffled, new Random(seed));
        ServiceRecord a = ServiceRecord.of(YEAR, entries, List.of(), List.of());
        ServiceRecord b = ServiceRecord.of(YEAR, shuffled, List.of(), List.of());
        assertEquals(Progress.of(a, YEAR.lastDay()).toString(), Progress.of(b, YEAR.lastDay()).toString());
        assertEquals(a.review(LATER).violations(), b.review(LATER).violations());
        ServiceRecord c = ServiceRecord.empty(YEAR);
        for (HourEntry e : shuffled) {
            c = c.withEntry(e);
        }
        assertEquals(a.review(LATER).violations(), c.review(LATER).violations(), "adding one at a time is the same as all at once");
    }

    @Property(tries = 200)
    void anAcceptedEntryNeverMakesProgressGoDown(@ForAll("list") List<HourEntry> entries, @ForAll("entries") HourEntry next) {
        ServiceRecord r = ServiceRecord.empty(YEAR);
        for (HourEntry e : entries) {
            if (r.validate(e, LATER).isAccepted()) {
                r = r.withEntry(e);
            }
        }
        ValidationResult v = r.validate(next, LATER);
        Progress before = Progress.of(r, YEAR.lastDay());
        if (v.isAccepted()) {
            ServiceRecord after = r.withEntry(next);
            Progress p = Progress.of(after, YEAR.lastDay());
            assertTrue(p.counted().compareTo(before.counted()) >= 0);
            assertTrue(p.done().compareTo(before.done()) > 0);
            assertTrue(after.review(LATER).errors().isEmpty(), "accepted one by one, the year has no hard breach: " + after.review(LATER).errors());
        }
    }

    @Provide
    Arbitrary<List<HourEntry>> list() {
        return entries().list().ofMaxSize(400);
    }
}
