package it.milano.levacivica.core.forecast;

import static it.milano.levacivica.core.ValueAssertions.assertSameValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

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
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of progress and validation, over random years of entries (QuickTheories inside plain
 * JUnit tests). Each property tries {@value #EXAMPLES} examples; QuickTheories visits the smallest and
 * largest values of every generator first (the empty year, 400 entries, day 0 and day 364, 15 minutes
 * and 8 hours), then random ones, and shrinks a failing example before reporting it with its seed
 * (rerun one with {@code -DQT_SEED=...}).
 */
class ProgressPropertiesTest {

    /** As many examples as the properties had before (jqwik's {@code tries = 200}). */
    static final int EXAMPLES = 200;

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final ServiceYear YEAR = ServiceYear.of(START, RuleSets.LEVA_CIVICA);
    static final Clock LATER = Clock.fixed(LocalDate.of(2027, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    /** One entry: any day of the year, any category, 15 minutes to 8 hours in steps of 15. */
    static Gen<HourEntry> entries() {
        Gen<LocalDate> dates = integers().between(0, 364).map(i -> START.plusDays(i));
        Gen<Category> categories = arbitrary().enumValues(Category.class);
        Gen<Duration> durations = integers().between(1, 32).map(q -> Duration.ofMinutes(15L * q));
        Gen<ActivityType> activities = arbitrary().enumValues(ActivityType.class);
        Gen<HourEntry> entry = in -> {
            LocalDate d = dates.generate(in);
            Category c = categories.generate(in);
            Duration h = durations.generate(in);
            ActivityType a = activities.generate(in);
            return new HourEntry(d, c, h, c == Category.SERVICE ? a : null);
        };
        return entry;
    }

    /** Up to 400 entries: a year of up to about 1.5 entries a day. */
    static Gen<List<HourEntry>> list() {
        return lists().of(entries()).ofSizeBetween(0, 400);
    }

    @Test
    void progressNeverCountsAnHourTwiceOrInTheWrongCategory() {
        qt().withExamples(EXAMPLES).forAll(list()).checkAssert(entries -> {
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
        });
    }

    @Test
    void theOrderOfEntriesDoesNotChangeTheResult() {
        qt().withExamples(EXAMPLES).forAll(list(), longs().all()).checkAssert((entries, seed) -> {
            List<HourEntry> shuffled = new ArrayList<>(entries);
            Collections.shuffle(shuffled, new Random(seed));
            ServiceRecord a = ServiceRecord.of(YEAR, entries, List.of(), List.of());
            ServiceRecord b = ServiceRecord.of(YEAR, shuffled, List.of(), List.of());
            assertEquals(Progress.of(a, YEAR.lastDay()), Progress.of(b, YEAR.lastDay()));
            assertEquals(a.review(LATER).violations(), b.review(LATER).violations());
            ServiceRecord c = ServiceRecord.empty(YEAR);
            for (HourEntry e : shuffled) {
                c = c.withEntry(e);
            }
            assertEquals(a.review(LATER).violations(), c.review(LATER).violations(), "adding one at a time is the same as all at once");
        });
    }

    @Test
    void anAcceptedEntryNeverMakesProgressGoDown() {
        qt().withExamples(EXAMPLES).forAll(list(), entries()).checkAssert((entries, next) -> {
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
        });
    }

    @Test
    void equalInputsGiveEqualResults() {
        qt().withExamples(EXAMPLES).forAll(list(), entries(), integers().between(0, 364)).checkAssert((entries, next, day) -> {
            ServiceRecord a = ServiceRecord.of(YEAR, entries, List.of(), List.of());
            ServiceRecord b = ServiceRecord.of(YEAR, new ArrayList<>(entries), List.of(), List.of());
            LocalDate asOf = START.plusDays(day);
            assertSameValue(a.validate(next, LATER), b.validate(next, LATER));
            assertSameValue(a.review(LATER), b.review(LATER));
            assertSameValue(Progress.of(a, asOf), Progress.of(b, asOf));
            assertSameValue(PaceForecast.of(a, asOf), PaceForecast.of(b, asOf));
        });
    }
}
