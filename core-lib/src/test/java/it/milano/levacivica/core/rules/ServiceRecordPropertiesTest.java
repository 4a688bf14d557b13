package it.milano.levacivica.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * One definition per rule, seen from outside: the violations {@link ServiceRecord#validate} gives while
 * a year's entries are added one by one are exactly, warnings included, those {@link ServiceRecord#review}
 * finds in the whole year. Random years (QuickTheories, {@value #EXAMPLES} examples) under three rule
 * sets (Leva Civica, Servizio Civile Universale, and a Monday-to-Friday test file), with any start day,
 * any "today" from before the start to after the end, absences, check-ins, and entries that break
 * every kind of rule: outside the year, in the future, zero, off the step, without an activity, over
 * the daily maximum, on an absence day, a seventh day, over or under the bands.
 *
 * <p>An entry that counts nowhere (outside the year, not positive, off the step, without an activity)
 * is answered with its own rules only, by validate and by review alike. Any other entry's violations
 * belong to one of its windows (its day, week, month or category), and the last answer for a window is
 * the one that stands: a later entry may lift a week above its lower edge. Every week and month of the
 * year holds at least one entry, so that review has nothing to say about a window validate never saw.
 */
class ServiceRecordPropertiesTest {

    static final int EXAMPLES = 200;

    /** The rules of an entry that counts nowhere. */
    static final Set<RuleId> ENTRY_RULES = EnumSet.of(RuleId.DATE_OUTSIDE_SERVICE_YEAR, RuleId.DURATION_NOT_POSITIVE,
            RuleId.DURATION_GRANULARITY, RuleId.ACTIVITY_TYPE_REQUIRED);

    static final List<RuleSet> RULE_SETS = List.of(RuleSets.LEVA_CIVICA, RuleSets.SERVIZIO_CIVILE_UNIVERSALE,
            testFile("five-day-week.properties"));

    /** A year and what happens in it. */
    record Year(ServiceRecord start, Clock clock, List<HourEntry> entries) {
        @Override
        public String toString() {
            return start.serviceYear() + " today " + LocalDate.now(clock) + ", " + entries.size() + " entries, the first "
                    + entries.subList(0, Math.min(10, entries.size()));
        }
    }

    @Test
    void addingEntriesOneByOneGivesWhatTheReviewOfTheYearGives() {
        qt().withExamples(EXAMPLES).forAll(years()).checkAssert(y -> {
            ServiceRecord r = y.start();
            List<Violation> ofEntriesAside = new ArrayList<>();
            Map<List<Object>, List<Violation>> byWindow = new HashMap<>();
            for (HourEntry e : y.entries()) {
                ValidationResult v = r.validate(e, y.clock());
                if (v.violations().stream().anyMatch(x -> ENTRY_RULES.contains(x.rule()))) {
                    ofEntriesAside.addAll(v.violations());
                } else {
                    for (List<Object> w : windowsOf(e)) {
                        byWindow.remove(w);
                    }
                    for (Violation x : v.violations()) {
                        byWindow.computeIfAbsent(windowOf(x), k -> new ArrayList<>()).add(x);
                    }
                }
                r = r.withEntry(e);
            }
            List<Violation> oneByOne = new ArrayList<>(ofEntriesAside);
            byWindow.values().forEach(oneByOne::addAll);
            List<Violation> review = r.review(y.clock()).violations();
            assertEquals(count(review), count(oneByOne), y.toString());
        });
    }

    @Test
    void aReplacementIsCheckedAsTheReviewOfTheYearWithItFindsItsWindows() {
        qt().withExamples(EXAMPLES).forAll(years(), integers().between(0, 10_000), entry(365)).checkAssert((y, pick, offset) -> {
            LocalDate start = y.start().serviceYear().start();
            HourEntry replacement = new HourEntry(start.plusDays(offset.date().toEpochDay()), offset.category(), offset.duration(),
                    offset.activityType());
            // a year of entries that count, so that every violation of the review belongs to a window
            ServiceRecord r = y.start();
            List<HourEntry> counted = new ArrayList<>();
            for (HourEntry e : y.entries()) {
                if (r.validate(e, y.clock()).violations().stream().noneMatch(x -> ENTRY_RULES.contains(x.rule()))) {
                    counted.add(e);
                    r = r.withEntry(e);
                }
            }
            HourEntry old = counted.get(pick % counted.size());
            ValidationResult v = r.validateReplacement(old, replacement, y.clock());
            ServiceRecord after = r.withoutEntry(old).withEntry(replacement);
            List<Violation> review = after.review(y.clock()).violations();
            String what = y + " replacing " + old + " by " + replacement;
            if (v.violations().stream().anyMatch(x -> ENTRY_RULES.contains(x.rule()))) {
                // the replacement counts nowhere: its own rules, which the review reports for it as the one entry aside
                Map<Violation, Long> inReview = count(review);
                count(v.violations()).forEach((x, n) -> assertTrue(inReview.getOrDefault(x, 0L) >= n, what + ": " + x));
                assertEquals(count(v.violations().stream().filter(x -> ENTRY_RULES.contains(x.rule())).toList()),
                        count(review.stream().filter(x -> ENTRY_RULES.contains(x.rule())).toList()), what);
                return;
            }
            Set<List<Object>> windows = Set.copyOf(windowsOf(replacement));
            List<Violation> ofItsWindows = review.stream().filter(x -> windows.contains(windowOf(x))).toList();
            assertEquals(count(ofItsWindows), count(v.violations()), what);
        });
    }

    // ------------------------------------------------------------------ windows

    /** The windows a counted entry touches: its day, its week, its month, its category over the year. */
    static List<List<Object>> windowsOf(HourEntry e) {
        return List.of(List.of("day", e.date()), List.of("week", Week.of(e.date())), List.of("month", YearMonth.from(e.date())),
                List.of("category", e.category()));
    }

    /** The window a violation of a counted entry is about, read from its typed values. */
    static List<Object> windowOf(Violation v) {
        if (v.date().isPresent()) {
            return List.of("day", v.date().get());
        } else if (v.week().isPresent()) {
            return List.of("week", v.week().get());
        } else if (v.month().isPresent()) {
            return List.of("month", v.month().get());
        } else if (v.value("category", Category.class).isPresent()) {
            return List.of("category", v.value("category", Category.class).get());
        }
        throw new AssertionError("a violation of no window: " + v);
    }

    static Map<Violation, Long> count(List<Violation> violations) {
        return violations.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    // ------------------------------------------------------------------ generators

    /**
     * A year: a rule set, a start in 2026, a "today" from ten days before the start to two weeks after
     * the end, up to eight absences, up to forty check-ins, one entry that counts on the first day, on
     * every Monday and on every first of a month, and up to 300 entries of any kind, in random order.
     */
    static Gen<Year> years() {
        Gen<RuleSet> ruleSets = integers().between(0, RULE_SETS.size() - 1).map(RULE_SETS::get);
        Gen<Integer> starts = integers().between(0, 364);
        Gen<Integer> todays = integers().between(-10, 380);
        Gen<List<Absence>> absences = lists().of(absence()).ofSizeBetween(0, 8);
        Gen<List<Integer>> checkIns = lists().of(integers().between(0, 364)).ofSizeBetween(0, 40);
        Gen<List<HourEntry>> extras = lists().of(entry(400)).ofSizeBetween(0, 300);
        Gen<HourEntry> counted = entry(0);
        return in -> {
            RuleSet rules = ruleSets.generate(in);
            LocalDate start = LocalDate.of(2026, 1, 1).plusDays(starts.generate(in));
            ServiceYear year = ServiceYear.of(start, rules);
            LocalDate today = start.plusDays(todays.generate(in));
            Clock clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            List<Absence> away = new ArrayList<>();
            for (Absence a : absences.generate(in)) {
                away.add(new Absence(start.plusDays(a.date().toEpochDay()), a.type()));
            }
            List<LocalDate> met = checkIns.generate(in).stream().map(start::plusDays).toList();
            List<HourEntry> entries = new ArrayList<>();
            for (LocalDate d = start; d.isBefore(year.end()); d = d.plusDays(1)) {
                if (d.equals(start) || d.getDayOfWeek() == DayOfWeek.MONDAY || d.getDayOfWeek() == DayOfWeek.FRIDAY
                        || d.getDayOfMonth() == 1) {
                    HourEntry e = counted.generate(in);
                    entries.add(new HourEntry(d, e.category(), e.duration(), e.activityType()));
                }
            }
            for (HourEntry e : extras.generate(in)) {
                entries.add(new HourEntry(start.plusDays(e.date().toEpochDay()), e.category(), e.duration(), e.activityType()));
            }
            // a random order: each entry goes to a random place among those before it
            List<HourEntry> shuffled = new ArrayList<>();
            Gen<Integer> place = integers().between(0, Integer.MAX_VALUE - 1);
            for (HourEntry e : entries) {
                shuffled.add(place.generate(in) % (shuffled.size() + 1), e);
            }
            return new Year(ServiceRecord.of(year, List.of(), away, met), clock, shuffled);
        };
    }

    /** An absence on a day offset from the start (the epoch day holds the offset). */
    static Gen<Absence> absence() {
        Gen<Integer> days = integers().between(0, 364);
        Gen<AbsenceType> types = arbitrary().enumValues(AbsenceType.class);
        return in -> new Absence(LocalDate.ofEpochDay(days.generate(in)), types.generate(in));
    }

    /**
     * An entry on a day offset from the start (the epoch day holds the offset). With {@code spread} 0 it
     * counts: day 0, 15 minutes to 8 hours in steps, an activity for service. Otherwise anything: days
     * before and after the year, up to 10 hours, zero, negative, off the step, no activity.
     */
    static Gen<HourEntry> entry(int spread) {
        Gen<Integer> days = integers().between(spread == 0 ? 0 : -5, spread == 0 ? 0 : spread);
        Gen<Category> categories = arbitrary().enumValues(Category.class);
        Gen<Integer> quarters = spread == 0 ? integers().between(1, 32) : integers().between(-1, 40);
        Gen<Integer> kinds = integers().between(0, 19);
        Gen<ActivityType> activities = arbitrary().enumValues(ActivityType.class);
        return in -> {
            int day = days.generate(in);
            Category c = categories.generate(in);
            int q = quarters.generate(in);
            int kind = kinds.generate(in);
            ActivityType a = activities.generate(in);
            Duration d = Duration.ofMinutes(15L * q + (spread != 0 && kind == 0 ? 7 : 0));
            ActivityType activity = c == Category.SERVICE && !(spread != 0 && kind == 1) ? a : null;
            return new HourEntry(LocalDate.ofEpochDay(day), c, d, activity);
        };
    }

    static RuleSet testFile(String name) {
        try (InputStream in = ServiceRecordPropertiesTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test rule set " + name);
            }
            return RuleSets.parse(new InputStreamReader(in, StandardCharsets.UTF_8), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
