package it.milano.levacivica.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** A rule set is equal to another only when every one of its parameters is. */
class RuleSetTest {

    /**
     * One change per key of the shipped file, each still a valid rule set. The total target is
     * always the sum of the categories, so it changes with each category's target and never alone.
     */
    static final Map<String, String[]> ONE_CHANGE = new LinkedHashMap<>();

    static {
        change("id = leva-civica-milano", "id = leva-civica-milano-copy");
        change("version = 2026.1", "version = 2026.2");
        change("name = Leva Civica - Comune di Milano", "name = Leva Civica - another name");
        change("duration.months = 12", "duration.months = 11");
        change("target.service.hours = 1322", "target.service.hours = 1321",
                "target.total.hours = 1400", "target.total.hours = 1399");
        change("target.specificTraining.hours = 40", "target.specificTraining.hours = 41",
                "target.total.hours = 1400", "target.total.hours = 1401");
        change("target.competenceCertificate.hours = 38", "target.competenceCertificate.hours = 38:15",
                "target.total.hours = 1400", "target.total.hours = 1400:15");
        change("week.serviceDays = MONDAY-SATURDAY", "week.serviceDays = MONDAY-FRIDAY");
        change("days.perWeek.max = 6", "days.perWeek.max = 7");
        change("days.perWeek.min = 5", "days.perWeek.min = 4");
        change("hours.perWeek.guidance = 30", "hours.perWeek.guidance = 31");
        change("hours.perWeek.min = 24", "hours.perWeek.min = 24.25");
        change("hours.perWeek.max = 36", "hours.perWeek.max = 37");
        change("hours.perMonth.guidance = 135", "hours.perMonth.guidance = 134");
        change("hours.perMonth.min = 108", "hours.perMonth.min = 107:59");
        change("hours.perMonth.max = 162", "hours.perMonth.max = 162:01");
        change("hours.perDay.max = 8", "hours.perDay.max = 7");
        change("entry.granularity.minutes = 15", "entry.granularity.minutes = 30");
        change("leave.allowance.days = 20", "leave.allowance.days = 21");
        change("sickness.allowance.days = 15", "sickness.allowance.days = 14");
        change("checkIn.weekly.required = true", "checkIn.weekly.required = false");
        change("checkIn.countsAs = SERVICE", "checkIn.countsAs = COMPETENCE_CERTIFICATE");
        change("category.overTarget = WARNING", "category.overTarget = ERROR");
        change("pace.tolerance.hours = 30", "pace.tolerance.hours = 29:45");
    }

    private static void change(String... fromTo) {
        ONE_CHANGE.put(fromTo[0].substring(0, fromTo[0].indexOf('=')).strip(), fromTo);
    }

    @Test
    void twoRuleSetsReadFromTheSameFileAreEqual() {
        RuleSet a = parse(RuleSetsTest.shipped());
        RuleSet b = parse(RuleSetsTest.shipped());
        assertNotSame(a, b);
        assertEquals(a, b);
        assertEquals(b, a);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(RuleSets.LEVA_CIVICA, a, "the shipped constant is the file's rule set");
        assertEquals(RuleSets.LEVA_CIVICA.hashCode(), a.hashCode());
        assertEquals(a, a);
        assertNotEquals(null, a);
        assertNotEquals("leva-civica-milano@2026.1", a);
    }

    @Test
    void changingAnyOneParameterMakesThemUnequal() {
        RuleSet shipped = RuleSets.LEVA_CIVICA;
        for (String[] fromTo : ONE_CHANGE.values()) {
            String text = RuleSetsTest.shipped();
            for (int i = 0; i < fromTo.length; i += 2) {
                assertTrue(text.contains(fromTo[i] + "\n"), "the shipped file has the line " + fromTo[i]);
                text = text.replace(fromTo[i] + "\n", fromTo[i + 1] + "\n");
            }
            RuleSet changed = parse(text);
            assertNotEquals(shipped, changed, String.join(" ", fromTo));
            assertNotEquals(changed, shipped, String.join(" ", fromTo));
            assertNotEquals(shipped.hashCode(), changed.hashCode(), "hash of " + String.join(" ", fromTo));
            assertEquals(changed, parse(text), "the changed file read twice: " + String.join(" ", fromTo));
        }
    }

    @Test
    void everyKeyOfTheFileIsChangedByOneCase() {
        Set<String> keys = new TreeSet<>();
        for (String line : RuleSetsTest.shipped().split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                keys.add(l.substring(0, l.indexOf('=')).strip());
            }
        }
        Set<String> covered = new TreeSet<>(ONE_CHANGE.keySet());
        covered.add("target.total.hours"); // changes with each category's target
        assertEquals(keys, covered, "a new key needs a case in ONE_CHANGE, so that equals is proved to cover it");
    }

    @Test
    void checkInsCountingNowhereDifferFromCountingAsService() {
        RuleSet none = parse(RuleSetsTest.shipped().replace("checkIn.countsAs = SERVICE", "checkIn.countsAs = NONE"));
        assertNotEquals(RuleSets.LEVA_CIVICA, none);
        assertNotEquals(none, RuleSets.LEVA_CIVICA);
        assertEquals(none, parse(RuleSetsTest.shipped().replace("checkIn.countsAs = SERVICE", "checkIn.countsAs = NONE")));
    }

    @Test
    void builtTwiceWithTheSameNumbersIsEqual() {
        assertEquals(build(Duration.ofHours(8)), build(Duration.ofHours(8)));
        assertEquals(build(Duration.ofHours(8)).hashCode(), build(Duration.ofHours(8)).hashCode());
        assertNotEquals(build(Duration.ofHours(8)), build(Duration.ofMinutes(8 * 60 - 15)));
    }

    @Test
    void toStringNamesIdAndVersion() {
        assertEquals("leva-civica-milano@2026.1", RuleSets.LEVA_CIVICA.toString());
    }

    private static RuleSet build(Duration dailyMax) {
        return RuleSet.builder("x", "1").name("X").durationMonths(12)
                .target(Category.SERVICE, Duration.ofHours(100))
                .target(Category.SPECIFIC_TRAINING, Duration.ofHours(10))
                .target(Category.COMPETENCE_CERTIFICATE, Duration.ZERO)
                .totalTarget(Duration.ofHours(110))
                .daysPerWeekMax(6).daysPerWeekMin(5)
                .weeklyHours(Duration.ofHours(30), Duration.ofHours(24), Duration.ofHours(36))
                .monthlyHours(Duration.ofHours(135), Duration.ofHours(108), Duration.ofHours(162))
                .dailyMax(dailyMax).granularity(Duration.ofMinutes(15))
                .leaveAllowanceDays(20).sicknessAllowanceDays(15)
                .paceTolerance(Duration.ofHours(30))
                .build();
    }

    private static RuleSet parse(String text) {
        return RuleSets.parse(new StringReader(text), "test.properties");
    }
}
