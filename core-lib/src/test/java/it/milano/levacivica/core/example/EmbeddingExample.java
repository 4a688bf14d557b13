package it.milano.levacivica.core.example;

import it.milano.levacivica.core.forecast.PaceForecast;
import it.milano.levacivica.core.forecast.Progress;
import it.milano.levacivica.core.forecast.ScheduleCheck;
import it.milano.levacivica.core.forecast.WeeklyPattern;
import it.milano.levacivica.core.rules.Absence;
import it.milano.levacivica.core.rules.AbsenceType;
import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.HourEntry;
import it.milano.levacivica.core.rules.RuleSets;
import it.milano.levacivica.core.rules.ServiceRecord;
import it.milano.levacivica.core.rules.ServiceYear;
import it.milano.levacivica.core.rules.ValidationResult;
import it.milano.levacivica.core.rules.Violation;
import java.io.PrintStream;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** An application that checks a volunteer's hours with core-lib alone. */
public final class EmbeddingExample {

    public static void main(String[] args) {
        run(System.out, Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay(ZoneId.of("Europe/Rome")).toInstant(),
                ZoneId.of("Europe/Rome")));
    }

    static void run(PrintStream out, Clock clock) {
        // 1. The programme's rules and one volunteer's year: 2 March 2026 to 1 March 2027.
        ServiceYear year = ServiceYear.of(LocalDate.of(2026, 3, 2), RuleSets.LEVA_CIVICA);

        // 2. What the application already stored: 5 h a day, Monday to Friday, until the end of May,
        //    one week of leave in April, and a tutor check-in every Monday.
        List<HourEntry> entries = new ArrayList<>();
        List<Absence> absences = new ArrayList<>();
        List<LocalDate> checkIns = new ArrayList<>();
        for (LocalDate d = year.start(); d.isBefore(LocalDate.of(2026, 5, 30)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            if (!d.isBefore(LocalDate.of(2026, 4, 13)) && d.isBefore(LocalDate.of(2026, 4, 18))) {
                absences.add(new Absence(d, AbsenceType.LEAVE));
                continue;
            }
            if (d.getDayOfWeek() == DayOfWeek.MONDAY) {
                checkIns.add(d);
            }
            entries.add(HourEntry.service(d, Duration.ofHours(5), ActivityType.ADMINISTRATIVE_SUPPORT));
        }
        ServiceRecord record = ServiceRecord.of(year, entries, absences, checkIns);

        // 3. A new entry: 4 hours on a Friday that already has 5 would break the daily maximum.
        HourEntry tooMuch = HourEntry.service(LocalDate.of(2026, 5, 29), Duration.ofHours(4), ActivityType.COMMUNICATION);
        //    A program reads the typed values; a person reads the message, written in their language.
        ValidationResult refused = record.validate(tooMuch, clock);
        out.println("accepted: " + refused.isAccepted());
        for (Violation v : refused.violations()) {
            out.println(v.severity() + " " + v.rule() + ": " + v.message(Locale.ENGLISH));
            out.println("  values: " + v.values());
            out.println("  over by " + v.value("total", Duration.class).orElseThrow().minus(record.ruleSet().dailyMax()).toMinutes()
                    + " minutes on " + v.date().orElseThrow().getDayOfWeek());
            out.println("  in Italian: " + v.message(Locale.ITALIAN));
        }

        // 4. Three hours of specific training are fine: record them and keep the new record.
        HourEntry training = HourEntry.of(LocalDate.of(2026, 5, 29), Category.SPECIFIC_TRAINING, Duration.ofHours(3));
        if (record.validate(training, clock).isAccepted()) {
            record = record.withEntry(training);
        }

        // 5. Progress and pace on 31 May.
        LocalDate today = LocalDate.of(2026, 5, 31);
        Progress progress = Progress.of(record, today);
        PaceForecast pace = PaceForecast.of(record, progress);
        out.printf("done %d h of %d h, complete: %s%n", progress.counted().toHours(), progress.target().toHours(),
                progress.isComplete());
        out.printf("pace %s, needs %.1f h a week from now, feasible: %s%n", pace.pace(),
                pace.requiredWeekly().toMinutes() / 60.0, pace.isFeasible());

        // 6. Would 6 h, Monday to Friday, from 1 June reach the targets?
        WeeklyPattern plan = WeeklyPattern.uniform(Duration.ofHours(6), DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        ScheduleCheck check = ScheduleCheck.of(record, LocalDate.of(2026, 6, 1), plan);
        out.printf("plan reaches the targets: %s (%+d h)%n", check.reachesTargets(), check.difference().toHours());

        // 7. The same rules judge a planned week: 9 h on Saturdays as well is refused.
        ScheduleCheck saturdays = ScheduleCheck.of(record, LocalDate.of(2026, 6, 1), plan.with(DayOfWeek.SATURDAY, Duration.ofHours(9)));
        for (Violation v : saturdays.violations().violations()) {
            out.println(v.severity() + " " + v.rule() + ": " + v.message(Locale.ENGLISH));
        }
    }
}
