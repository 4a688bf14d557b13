package it.milano.levacivica.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The record gives, call by call, exactly what the plain definition of {@link ReferenceRecord} gives:
 * the same violations in the same order with the same values, the same figures, the same exceptions.
 * Random years (QuickTheories, {@value #EXAMPLES} examples) under the three rule sets of
 * {@link ServiceRecordPropertiesTest}, any start day, any "today", and a random history of changes:
 * entries of every kind added (each validated first), removed and replaced, absences recorded and
 * removed, check-ins; after each change the whole year is reviewed and queried on random days.
 */
class ServiceRecordReferenceTest {

    static final int EXAMPLES = 150;

    /** One change to a year; the fields a kind does not use are ignored. */
    record Step(int kind, HourEntry entry, Absence absence, int pick, int day, int n) {
    }

    /** A year, what happens in it, and the days its queries ask about. */
    record History(RuleSet rules, LocalDate start, Clock clock, List<Absence> absences, List<LocalDate> checkIns,
            List<HourEntry> entries, List<Step> steps) {
        @Override
        public String toString() {
            return rules.id() + " from " + start + " today " + LocalDate.now(clock) + ", " + absences.size() + " absences, "
                    + checkIns.size() + " check-ins, " + entries.size() + " entries, " + steps.size() + " steps";
        }
    }

    @Test
    void aRecordBuiltAtOnceAnswersAsTheReference() {
        qt().withExamples(EXAMPLES).forAll(histories()).checkAssert(h -> {
            ServiceYear year = ServiceYear.of(h.start(), h.rules());
            ServiceRecord r = ServiceRecord.of(year, h.entries(), h.absences(), h.checkIns());
            ReferenceRecord ref = ReferenceRecord.of(year, h.entries(), h.absences(), h.checkIns());
            assertAnswersAlike(ref, r, h, h.steps(), h.toString());
        });
    }

    @Test
    void aRecordChangedStepByStepAnswersAsTheReference() {
        qt().withExamples(EXAMPLES).forAll(histories()).checkAssert(h -> {
            ServiceYear year = ServiceYear.of(h.start(), h.rules());
            ServiceRecord r = ServiceRecord.of(year, List.of(), h.absences(), h.checkIns());
            ReferenceRecord ref = ReferenceRecord.of(year, List.of(), h.absences(), h.checkIns());
            List<HourEntry> added = new ArrayList<>();
            int i = 0;
            for (Step s : h.steps()) {
                String what = h + ", step " + i++ + " " + s;
                LocalDate day = h.start().plusDays(s.day());
                ServiceRecord before = r;
                List<Object> answersBefore = fingerprint(before, h, s);
                switch (s.kind()) {
                    case 0, 1, 2, 3 -> {
                        HourEntry e = s.entry();
                        assertEquals(ref.validate(e, h.clock()), r.validate(e, h.clock()), what);
                        r = r.withEntry(e);
                        ref = ref.withEntry(e);
                        added.add(e);
                    }
                    case 4 -> {
                        HourEntry old = added.isEmpty() ? s.entry() : added.get(s.pick() % added.size());
                        // by any entry, by one on the same day, by one a few days away (the same week or the next)
                        HourEntry e = s.entry();
                        for (HourEntry by : List.of(e, new HourEntry(old.date(), e.category(), e.duration(), e.activityType()),
                                new HourEntry(old.date().plusDays(s.n() % 9 - 4), e.category(), e.duration(), e.activityType()))) {
                            assertEquals(ref.validateReplacement(old, by, h.clock()), r.validateReplacement(old, by, h.clock()),
                                    what + " by " + by);
                        }
                        // an entry the record may not hold, longer than the day's hours, replaced on its day
                        HourEntry unheld = new HourEntry(e.date(), old.category(), old.duration().multipliedBy(s.n() % 4 + 1),
                                old.activityType());
                        assertEquals(ref.validateReplacement(unheld, e, h.clock()), r.validateReplacement(unheld, e, h.clock()),
                                what + " " + unheld + " by " + e);
                        ServiceRecord r0 = r;
                        ReferenceRecord ref0 = ref;
                        String thrown = outcome(() -> ref0.withoutEntry(old));
                        assertEquals(thrown, outcome(() -> r0.withoutEntry(old)), what);
                        if (thrown.equals("ok")) {
                            r = r.withoutEntry(old);
                            ref = ref.withoutEntry(old);
                            added.remove(old);
                        }
                    }
                    case 5 -> {
                        assertEquals(ref.validateAbsence(s.absence(), h.clock()), r.validateAbsence(s.absence(), h.clock()), what);
                        ServiceRecord r0 = r;
                        ReferenceRecord ref0 = ref;
                        String thrown = outcome(() -> ref0.withAbsence(s.absence()));
                        assertEquals(thrown, outcome(() -> r0.withAbsence(s.absence())), what);
                        if (thrown.equals("ok")) {
                            r = r.withAbsence(s.absence());
                            ref = ref.withAbsence(s.absence());
                        }
                    }
                    case 6 -> {
                        ServiceRecord r0 = r;
                        ReferenceRecord ref0 = ref;
                        String thrown = outcome(() -> ref0.withoutAbsence(day));
                        assertEquals(thrown, outcome(() -> r0.withoutAbsence(day)), what);
                        if (thrown.equals("ok")) {
                            r = r.withoutAbsence(day);
                            ref = ref.withoutAbsence(day);
                        }
                    }
                    default -> {
                        ServiceRecord r0 = r;
                        ReferenceRecord ref0 = ref;
                        String thrown = outcome(() -> ref0.withCheckIn(day));
                        assertEquals(thrown, outcome(() -> r0.withCheckIn(day)), what);
                        if (thrown.equals("ok")) {
                            r = r.withCheckIn(day);
                            ref = ref.withCheckIn(day);
                        }
                    }
                }
                assertEquals(answersBefore, fingerprint(before, h, s), what + ": the record before the change is unchanged");
                assertAnswersAlike(ref, r, h, h.steps().subList(i - 1, Math.min(i + 2, h.steps().size())), what);
            }
        });
    }

    @Test
    void aYearAtTheEndOfTimeFailsWhereItFailed() {
        // the last week's Sunday and the month after the last one are past LocalDate.MAX
        ServiceYear year = ServiceYear.of(LocalDate.of(Year.MAX_VALUE, 12, 31).minusMonths(12), RuleSets.LEVA_CIVICA);
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 30).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        ReferenceRecord ref = ReferenceRecord.empty(year);
        ServiceRecord r = ServiceRecord.empty(year);
        assertEquals(outcome(() -> ref.review(clock)), outcome(() -> r.review(clock)));
        for (LocalDate day : List.of(year.start(), year.lastDay().minusDays(7), year.lastDay())) {
            HourEntry e = HourEntry.service(day, Duration.ofHours(1), ActivityType.TESTIMONIES);
            assertEquals(outcome(() -> ref.validate(e, clock)), outcome(() -> r.validate(e, clock)), day.toString());
            assertEquals(outcome(() -> ref.withEntry(e).review(clock)), outcome(() -> r.withEntry(e).review(clock)), day.toString());
        }
    }

    /** Every answer of the record about the whole year, and about the days of some steps. */
    static void assertAnswersAlike(ReferenceRecord ref, ServiceRecord r, History h, List<Step> days, String what) {
        Clock clock = h.clock();
        ValidationResult expected = ref.review(clock);
        ValidationResult review = r.review(clock);
        assertEquals(expected, review, what);
        assertEquals(expected.toString(), review.toString(), what);
        assertEquals(ref.toString().replace("ReferenceRecord", "ServiceRecord"), r.toString(), what);
        for (AbsenceType t : AbsenceType.values()) {
            assertEquals(ref.absenceDaysUsed(t), r.absenceDaysUsed(t), what + " " + t);
        }
        for (Category c : Category.values()) {
            assertEquals(ref.total(c), r.total(c), what + " " + c);
            assertEquals(ref.hours(c, h.start().plusDays(400)), r.hours(c, h.start().plusDays(400)), what + " " + c);
        }
        ServiceYear year = ServiceYear.of(h.start(), h.rules());
        assertEquals(ref.serviceDays(year.start(), year.end()), r.serviceDays(year.start(), year.end()), what);
        assertEquals(ref.nthServiceDayAfter(year.start().minusDays(1), 1), r.nthServiceDayAfter(year.start().minusDays(1), 1), what);
        for (Step s : days) {
            LocalDate day = h.start().plusDays(s.day());
            LocalDate other = day.plusDays(s.pick() % 100 - 30);
            for (Category c : Category.values()) {
                assertEquals(ref.hours(c, day), r.hours(c, day), what + " " + c + " " + day);
            }
            assertEquals(ref.hoursOn(day), r.hoursOn(day), what + " " + day);
            assertEquals(ref.absenceOn(day), r.absenceOn(day), what + " " + day);
            assertEquals(ref.hasCheckInInWeekOf(day), r.hasCheckInInWeekOf(day), what + " " + day);
            assertEquals(ref.serviceDays(day, other), r.serviceDays(day, other), what + " " + day + " " + other);
            assertEquals(ref.serviceDays(other, day), r.serviceDays(other, day), what + " " + other + " " + day);
            assertEquals(ref.nthServiceDayAfter(day, s.n()), r.nthServiceDayAfter(day, s.n()), what + " " + day + " " + s.n());
            assertEquals(ref.validate(s.entry(), clock), r.validate(s.entry(), clock), what + " " + s.entry());
            assertEquals(ref.validateAbsence(s.absence(), clock), r.validateAbsence(s.absence(), clock), what + " " + s.absence());
            LocalDateTime heldAt = day.atTime(s.pick() % 24, 0);
            assertEquals(ref.validateCheckIn(heldAt, s.entry().duration(), s.entry().activityType(), clock),
                    r.validateCheckIn(heldAt, s.entry().duration(), s.entry().activityType(), clock), what + " " + heldAt);
            Map<DayOfWeek, Duration> plan = new EnumMap<>(DayOfWeek.class);
            for (DayOfWeek d : DayOfWeek.values()) {
                plan.put(d, Duration.ofMinutes(15L * ((s.pick() >> d.ordinal()) % 40)));
            }
            assertEquals(ref.validatePlannedWeek(plan), r.validatePlannedWeek(plan), what + " " + plan);
        }
    }

    /** Answers of a record that change when any of its hours, absences or check-ins change. */
    static List<Object> fingerprint(ServiceRecord r, History h, Step s) {
        List<Object> answers = new ArrayList<>();
        LocalDate beforeLast = r.serviceYear().lastDay().minusDays(1);
        for (Category c : Category.values()) {
            answers.add(r.hours(c, beforeLast));
            answers.add(r.hours(c, s.entry().date()));
        }
        answers.add(r.hoursOn(s.entry().date()));
        answers.add(r.review(h.clock()));
        answers.add(r.serviceDays(r.serviceYear().start(), r.serviceYear().end()));
        return answers;
    }

    /** "ok", or the class of the exception thrown and its message. */
    static String outcome(Supplier<?> change) {
        try {
            change.get();
            return "ok";
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    // ------------------------------------------------------------------ generators

    /**
     * A history: a rule set, a start in 2026, a "today" from ten days before the start to two weeks after
     * the end, up to eight absences and up to forty check-ins from the start, up to 200 entries of any
     * kind for a record built at once, and up to 120 steps; in half of the histories the entries fall
     * within five weeks.
     */
    static Gen<History> histories() {
        Gen<RuleSet> ruleSets = integers().between(0, ServiceRecordPropertiesTest.RULE_SETS.size() - 1)
                .map(ServiceRecordPropertiesTest.RULE_SETS::get);
        Gen<Integer> starts = integers().between(0, 364);
        Gen<Integer> todays = integers().between(-10, 380);
        Gen<List<Absence>> absences = lists().of(ServiceRecordPropertiesTest.absence()).ofSizeBetween(0, 8);
        Gen<List<Integer>> checkIns = lists().of(integers().between(0, 364)).ofSizeBetween(0, 40);
        Gen<List<HourEntry>> entries = lists().of(ServiceRecordPropertiesTest.entry(400)).ofSizeBetween(0, 200);
        Gen<List<Step>> steps = lists().of(step()).ofSizeBetween(0, 120);
        Gen<Integer> crowds = integers().between(-330, 330);
        return in -> {
            RuleSet rules = ruleSets.generate(in);
            LocalDate start = LocalDate.of(2026, 1, 1).plusDays(starts.generate(in));
            LocalDate today = start.plusDays(todays.generate(in));
            Clock clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
            List<Absence> away = absences.generate(in).stream()
                    .map(a -> new Absence(start.plusDays(a.date().toEpochDay()), a.type())).toList();
            List<LocalDate> met = checkIns.generate(in).stream().map(start::plusDays).toList();
            // in half of the histories the entries crowd into five weeks, so that weeks fill up
            int crowd = crowds.generate(in);
            LocalDate from = crowd < 0 ? start : start.plusDays(crowd);
            int span = crowd < 0 ? Integer.MAX_VALUE : 35;
            List<HourEntry> all = entries.generate(in).stream().map(e -> shift(e, from, span)).toList();
            List<Step> changes = steps.generate(in).stream().map(s -> new Step(s.kind(), shift(s.entry(), from, span),
                    new Absence(start.plusDays(s.absence().date().toEpochDay()), s.absence().type()), s.pick(), s.day(), s.n()))
                    .toList();
            return new History(rules, start, clock, away, met, all, changes);
        };
    }

    /** A step with days as offsets from the start (the epoch day holds the offset); mostly entries. */
    static Gen<Step> step() {
        Gen<Integer> kinds = integers().between(0, 7);
        Gen<HourEntry> entries = ServiceRecordPropertiesTest.entry(400);
        Gen<Absence> absences = ServiceRecordPropertiesTest.absence();
        Gen<Integer> picks = integers().between(0, Integer.MAX_VALUE - 1);
        Gen<Integer> days = integers().between(-10, 380);
        Gen<Integer> ns = integers().between(1, 400);
        Gen<Boolean> outside = arbitrary().pick(List.of(false, false, false, false, false, false, false, true));
        return in -> {
            int kind = kinds.generate(in);
            HourEntry e = entries.generate(in);
            Absence a = absences.generate(in);
            if (outside.generate(in)) {
                a = new Absence(LocalDate.ofEpochDay(a.date().toEpochDay() + 370), a.type());
            }
            return new Step(kind, e, a, picks.generate(in), days.generate(in), ns.generate(in));
        };
    }

    /** An entry whose epoch day holds an offset, on that day from {@code from}, wrapped to {@code span} days. */
    static HourEntry shift(HourEntry e, LocalDate from, int span) {
        long offset = span == Integer.MAX_VALUE ? e.date().toEpochDay() : Math.floorMod(e.date().toEpochDay(), span);
        return new HourEntry(from.plusDays(offset), e.category(), e.duration(), e.activityType());
    }
}
