package it.milano.levacivica.portal.demo.data;

import it.milano.levacivica.core.rules.RuleSets;
import it.milano.levacivica.portal.domain.checkin.CheckInRepository;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import it.milano.levacivica.portal.domain.people.Project;
import it.milano.levacivica.portal.domain.people.ProjectRepository;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.domain.people.ServiceYearRepository;
import it.milano.levacivica.portal.domain.timesheet.Timesheet;
import it.milano.levacivica.portal.domain.timesheet.TimesheetRepository;
import it.milano.levacivica.portal.domain.timesheet.TimesheetStatus;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;

/**
 * A year that ended three weeks ago with every target met and every month approved, in a project of its own
 * (so the seats of the seed project stay as they are): Chiara Marino ({@code volunteer4}), tutored by Marco. The
 * coordinator can issue her end-of-service certificate (Attestati di fine servizio).
 */
final class DemoFinishedYear {

    private DemoFinishedYear() {
    }

    static void load(PersonRepository people, ProjectRepository projects, ServiceYearRepository years, TimesheetRepository timesheets,
            CheckInRepository checkIns, Person chiara, Clock clock) {
        Person tutor = people.findByUsername("tutor").orElseThrow();
        Project project = new Project("Sportello sociale del Municipio 2", "Comune di Milano, Municipio 2, Viale Zara 100, 20125 Milano", 1,
                RuleSets.LEVA_CIVICA.id());
        projects.add(project);
        LocalDate today = LocalDate.now(clock);
        LocalDate start = today.minusYears(1).minusWeeks(3).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate end = it.milano.levacivica.core.rules.ServiceYear.of(start, RuleSets.LEVA_CIVICA).end();
        ServiceYear year = new ServiceYear(chiara, project, tutor, start, end);
        years.add(year);
        people.findByUsername("volunteer4"); // a query flushes: the year has its id from here on
        DemoHours.load(year, tutor, timesheets, checkIns, clock, 4, true, DemoHours.ThisWeek.CONFIRMED);
        // every month of the year approved, the last ones too
        LocalDateTime approvedAt = today.minusDays(2).atTime(10, 0);
        for (YearMonth m = YearMonth.from(start); !m.isAfter(YearMonth.from(year.getLastDay())); m = m.plusMonths(1)) {
            YearMonth month = m;
            Timesheet sheet = timesheets.find(year.getId(), month).orElseGet(() -> {
                Timesheet t = new Timesheet(year, month);
                timesheets.add(t);
                return t;
            });
            if (sheet.getStatus() != TimesheetStatus.SUBMITTED && sheet.getStatus() != TimesheetStatus.APPROVED) {
                sheet.move(TimesheetStatus.SUBMITTED, chiara, null, approvedAt.minusDays(1)).ifPresent(timesheets::add);
            }
            if (sheet.getStatus() == TimesheetStatus.SUBMITTED) {
                sheet.move(TimesheetStatus.APPROVED, tutor, null, approvedAt).ifPresent(timesheets::add);
            }
        }
    }
}
