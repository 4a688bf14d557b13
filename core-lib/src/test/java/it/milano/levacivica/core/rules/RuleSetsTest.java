package it.milano.levacivica.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleSetsTest {

    @Test
    void levaCivicaHoldsTheSeedNumbers() {
        RuleSet r = RuleSets.LEVA_CIVICA;
        assertEquals("leva-civica-milano", r.id());
        assertEquals(12, r.durationMonths());
        assertEquals(Duration.ofHours(1322), r.target(Category.SERVICE));
        assertEquals(Duration.ofHours(40), r.target(Category.SPECIFIC_TRAINING));
        assertEquals(Duration.ofHours(38), r.target(Category.COMPETENCE_CERTIFICATE));
        assertEquals(Duration.ofHours(1400), r.totalTarget());
        assertEquals(6, r.daysPerWeekMax());
        assertEquals(5, r.daysPerWeekMin());
        assertEquals(Duration.ofHours(30), r.weeklyGuidance());
        assertEquals(Duration.ofHours(135), r.monthlyGuidance());
        assertEquals(Duration.ofHours(8), r.dailyMax());
        assertEquals(Duration.ofMinutes(15), r.granularity());
        assertEquals(20, r.leaveAllowanceDays());
        assertEquals(15, r.sicknessAllowanceDays());
        assertTrue(r.weeklyCheckInRequired());
        assertEquals(Category.SERVICE, r.checkInCountsAs());
    }

    @Test
    void servizioCivileIsAnotherFileNotAnotherClass() {
        RuleSet r = RuleSets.SERVIZIO_CIVILE_UNIVERSALE;
        assertEquals(Duration.ofHours(1145), r.totalTarget());
        assertEquals(Duration.ofHours(25), r.weeklyGuidance());
        assertEquals(20, r.leaveAllowanceDays());
        assertEquals(RuleSets.SERVIZIO_CIVILE_UNIVERSALE, RuleSets.byId("servizio-civile-universale").orElseThrow());
        assertTrue(RuleSets.byId("nope").isEmpty());
    }

    @Test
    void loadsAFileWithoutRecompiling(@TempDir Path dir) throws IOException {
        String text = shipped().replace("target.service.hours = 1322", "target.service.hours = 1300")
                .replace("target.total.hours = 1400", "target.total.hours = 1378")
                .replace("checkIn.countsAs = SERVICE", "checkIn.countsAs = NONE")
                .replace("hours.perDay.max = 8", "hours.perDay.max = 7:30");
        Path f = dir.resolve("other.properties");
        Files.writeString(f, text);
        RuleSet r = RuleSets.load(f);
        assertEquals(Duration.ofHours(1378), r.totalTarget());
        assertEquals(Duration.ofMinutes(450), r.dailyMax());
        assertNull(r.checkInCountsAs());
    }

    @Test
    void targetsThatDoNotAddUpAreRefusedNamingTheLine() {
        String text = shipped().replace("target.total.hours = 1400", "target.total.hours = 1401");
        RuleSetFormatException e = assertThrows(RuleSetFormatException.class, () -> parse(text));
        assertEquals(lineOf(text, "target.total.hours"), e.line());
        assertTrue(e.getMessage().contains("line " + e.line()), e.getMessage());
    }

    @Test
    void negativeNumbersAreRefusedNamingTheLine() {
        String text = shipped().replace("leave.allowance.days = 20", "leave.allowance.days = -1");
        RuleSetFormatException e = assertThrows(RuleSetFormatException.class, () -> parse(text));
        assertEquals(lineOf(text, "leave.allowance.days"), e.line());
        String hours = shipped().replace("hours.perDay.max = 8", "hours.perDay.max = -8");
        assertEquals(lineOf(hours, "hours.perDay.max"), assertThrows(RuleSetFormatException.class, () -> parse(hours)).line());
    }

    @Test
    void malformedLinesUnknownAndRepeatedKeysAreRefused() {
        String noEquals = shipped().replace("days.perWeek.max = 6", "days.perWeek.max 6");
        assertEquals(lineOf(noEquals, "days.perWeek.max"), assertThrows(RuleSetFormatException.class, () -> parse(noEquals)).line());
        String unknown = shipped() + "\nhours.perYear = 3\n";
        assertEquals(lineOf(unknown, "hours.perYear"), assertThrows(RuleSetFormatException.class, () -> parse(unknown)).line());
        String repeated = shipped() + "\nid = again\n";
        assertEquals(lineOf(repeated, "id = again"), assertThrows(RuleSetFormatException.class, () -> parse(repeated)).line());
        String word = shipped().replace("hours.perWeek.guidance = 30", "hours.perWeek.guidance = thirty");
        assertEquals(lineOf(word, "hours.perWeek.guidance"), assertThrows(RuleSetFormatException.class, () -> parse(word)).line());
        String training = shipped().replace("checkIn.countsAs = SERVICE", "checkIn.countsAs = SPECIFIC_TRAINING");
        assertEquals(lineOf(training, "checkIn.countsAs"), assertThrows(RuleSetFormatException.class, () -> parse(training)).line());
    }

    @Test
    void aMissingKeyIsNamed() {
        String text = shipped().replace("sickness.allowance.days = 15", "");
        RuleSetFormatException e = assertThrows(RuleSetFormatException.class, () -> parse(text));
        assertTrue(e.getMessage().contains("sickness.allowance.days"), e.getMessage());
    }

    @Test
    void anInconsistentBandIsRefused() {
        String text = shipped().replace("hours.perWeek.min = 24", "hours.perWeek.min = 31");
        RuleSetFormatException e = assertThrows(RuleSetFormatException.class, () -> parse(text));
        assertTrue(e.getMessage().contains("weekly"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void theWorkingWeekIsWrittenInBothShippedFilesAndMondayToSaturdayWhenLeftOut() {
        assertTrue(shipped().contains("\nweek.serviceDays = MONDAY-SATURDAY\n"));
        assertEquals(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY), RuleSets.SERVIZIO_CIVILE_UNIVERSALE.serviceDays());
        RuleSet older = parse(shipped().replace("week.serviceDays = MONDAY-SATURDAY\n", ""));
        assertEquals(RuleSets.LEVA_CIVICA, older, "a file written before the key keeps its meaning");
    }

    @Test
    void theWorkingWeekIsAListOfDaysAndRanges() {
        RuleSet r = parse(shipped().replace("week.serviceDays = MONDAY-SATURDAY", "week.serviceDays = monday, Wednesday - FRIDAY")
                .replace("days.perWeek.min = 5", "days.perWeek.min = 4"));
        assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), r.serviceDays());
        for (String bad : new String[] {"MONDAY-FUNDAY", "FRIDAY-MONDAY", "MONDAY, MONDAY-TUESDAY", "MONDAY-TUESDAY-FRIDAY", "MONDAY,"}) {
            String text = shipped().replace("week.serviceDays = MONDAY-SATURDAY", "week.serviceDays = " + bad);
            RuleSetFormatException e = assertThrows(RuleSetFormatException.class, () -> parse(text), bad);
            assertEquals(lineOf(text, "week.serviceDays"), e.line(), bad);
            assertTrue(e.getMessage().contains("week.serviceDays"), e.getMessage());
        }
        String fewerThanTheGuidance = shipped().replace("week.serviceDays = MONDAY-SATURDAY", "week.serviceDays = MONDAY-THURSDAY");
        assertTrue(assertThrows(RuleSetFormatException.class, () -> parse(fewerThanTheGuidance)).getMessage().contains("daysPerWeekMin"),
                "five days of guidance in a four-day week");
    }

    @Test
    void builderRefusesAMissingNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RuleSet.builder("x", "1").durationMonths(12).build());
        assertTrue(e.getMessage().contains("target of SERVICE is missing"), e.getMessage());
    }

    private static RuleSet parse(String text) {
        return RuleSets.parse(new StringReader(text), "test.properties");
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in text");
    }

    static String shipped() {
        try (InputStream in = RuleSets.class.getResourceAsStream("leva-civica-milano.properties")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
