package it.milano.levacivica.core.forecast;

import static it.milano.levacivica.core.ValueAssertions.assertOtherValue;
import static it.milano.levacivica.core.ValueAssertions.assertSameValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.HourEntry;
import it.milano.levacivica.core.rules.RuleSet;
import it.milano.levacivica.core.rules.RuleSets;
import it.milano.levacivica.core.rules.ServiceRecord;
import it.milano.levacivica.core.rules.ServiceYear;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress compares by value: equal records on the same day give equal progress. */
class ProgressTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final LocalDate MAY_31 = LocalDate.of(2026, 5, 31);

    /** A record built anew each time: 6 h Monday to Friday until the end of May, 2 h of training each Friday. */
    static ServiceRecord spring(RuleSet rules) {
        ServiceYear year = ServiceYear.of(START, rules);
        List<HourEntry> entries = new ArrayList<>();
        for (LocalDate d = START; !d.isAfter(MAY_31); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                entries.add(HourEntry.service(d, Duration.ofHours(d.getDayOfWeek() == DayOfWeek.FRIDAY ? 4 : 6),
                        ActivityType.INCLUSION_INITIATIVES));
            }
            if (d.getDayOfWeek() == DayOfWeek.FRIDAY) {
                entries.add(HourEntry.of(d, Category.SPECIFIC_TRAINING, Duration.ofHours(2)));
            }
        }
        return ServiceRecord.of(year, entries, List.of(), List.of());
    }

    @Test
    void equalRecordsOnTheSameDayGiveEqualProgress() {
        Progress a = Progress.of(spring(RuleSets.LEVA_CIVICA), MAY_31);
        Progress b = Progress.of(spring(RuleSets.LEVA_CIVICA), MAY_31);
        assertSameValue(a, b);
        assertEquals(a.categories(), b.categories());
        assertSameValue(a.of(Category.SPECIFIC_TRAINING), b.of(Category.SPECIFIC_TRAINING));
    }

    @Test
    void progressFromTotalsEqualsProgressFromTheRecord() {
        ServiceRecord r = spring(RuleSets.LEVA_CIVICA);
        java.util.Map<Category, Duration> totals = new java.util.EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            totals.put(c, r.hours(c, MAY_31));
        }
        assertSameValue(Progress.of(r, MAY_31), Progress.of(RuleSets.LEVA_CIVICA, totals, MAY_31));
        java.util.Map<Category, Duration> met = java.util.Map.of(Category.SERVICE, Duration.ofHours(1322),
                Category.SPECIFIC_TRAINING, Duration.ofHours(40), Category.COMPETENCE_CERTIFICATE, Duration.ofHours(38));
        assertTrue(Progress.of(RuleSets.LEVA_CIVICA, met, MAY_31).isComplete());
        java.util.Map<Category, Duration> short15 = new java.util.EnumMap<>(met);
        short15.put(Category.COMPETENCE_CERTIFICATE, Duration.ofHours(38).minusMinutes(15));
        short15.put(Category.SERVICE, Duration.ofHours(2000));
        assertTrue(!Progress.of(RuleSets.LEVA_CIVICA, short15, MAY_31).isComplete(), "one category short is not complete, whatever the total");
        assertEquals(Duration.ZERO, Progress.of(RuleSets.LEVA_CIVICA, java.util.Map.of(), MAY_31).done(), "a category left out has none");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Progress.of(RuleSets.LEVA_CIVICA, java.util.Map.of(Category.SERVICE, Duration.ofMinutes(-1)), MAY_31));
    }

    @Test
    void anotherDayAnotherEntryOrAnotherTargetIsAnotherProgress() {
        ServiceRecord r = spring(RuleSets.LEVA_CIVICA);
        Progress may = Progress.of(r, MAY_31);
        assertOtherValue(may, Progress.of(r, MAY_31.minusDays(1)));
        assertOtherValue(may, Progress.of(r.withEntry(HourEntry.of(MAY_31, Category.COMPETENCE_CERTIFICATE, Duration.ofMinutes(15))), MAY_31));
        assertOtherValue(may, Progress.of(spring(RuleSets.SERVIZIO_CIVILE_UNIVERSALE), MAY_31));
    }

    @Test
    void progressOnASundayWithoutHoursEqualsProgressOnTheSaturdayButForTheDay() {
        ServiceRecord r = spring(RuleSets.LEVA_CIVICA);
        Progress saturday = Progress.of(r, MAY_31.minusDays(1));
        Progress sunday = Progress.of(r, MAY_31);
        assertEquals(saturday.categories(), sunday.categories());
        assertOtherValue(saturday, sunday);
    }

    @Test
    void toStringShowsTheDayTheTotalsAndEveryCategory() {
        Progress p = Progress.of(spring(RuleSets.LEVA_CIVICA), MAY_31);
        String s = p.toString();
        assertTrue(s.startsWith("Progress[asOf=2026-05-31, done=" + p.done() + ", counted=" + p.counted()
                + ", target=PT1400H, categories=["), s);
        for (Category c : Category.values()) {
            assertTrue(s.contains(p.of(c).toString()), s);
        }
    }
}
