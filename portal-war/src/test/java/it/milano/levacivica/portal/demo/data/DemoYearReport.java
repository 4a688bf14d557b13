package it.milano.levacivica.portal.demo.data;

import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.RuleSets;
import it.milano.levacivica.portal.domain.checkin.CheckInRepository;
import it.milano.levacivica.portal.domain.checkin.Task;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import it.milano.levacivica.portal.domain.people.Project;
import it.milano.levacivica.portal.domain.people.ProjectRepository;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.domain.people.ServiceYearRepository;
import it.milano.levacivica.portal.domain.people.ServiceYearStatus;
import it.milano.levacivica.portal.domain.rst.Placement;
import it.milano.levacivica.portal.domain.rst.RstRepository;
import it.milano.levacivica.portal.domain.sspt.CaseRepository;
import it.milano.levacivica.portal.domain.sspt.SsptCase;
import it.milano.levacivica.portal.domain.timesheet.TimeEntry;
import it.milano.levacivica.portal.domain.timesheet.TimesheetRepository;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * What the year's report needs to show something in every section (issue 18 part 4): a volunteer who withdrew
 * ({@code volunteer5}, Davide Conti: started thirteen months ago in the Municipio 2 project, ten weeks of hours, then
 * withdrawn), and tasks done by the three volunteers of the seed project about the recent cases of Municipio 5 and
 * their two placements, so that the report's contributions show a count, a small cell ("&lt; 3") and a withheld
 * table.
 */
final class DemoYearReport {

    private DemoYearReport() {
    }

    static void load(PersonRepository people, ProjectRepository projects, ServiceYearRepository years, TimesheetRepository timesheets,
            CheckInRepository checkIns, CaseRepository cases, RstRepository rst, Person davide, LocalDate today) {
        Person tutor = people.findByUsername("tutor").orElseThrow();
        Project project = projects.findAll().stream().filter(p -> p.getName().startsWith("Sportello sociale del Municipio 2")).findFirst()
                .orElseGet(() -> projects.findAll().get(0));
        LocalDate start = today.minusMonths(13).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        ServiceYear withdrawn = new ServiceYear(davide, project, tutor, start,
                it.milano.levacivica.core.rules.ServiceYear.of(start, RuleSets.LEVA_CIVICA).end());
        withdrawn.changeStatus(ServiceYearStatus.WITHDRAWN);
        years.add(withdrawn);
        people.findByUsername("volunteer5"); // a query flushes: the year has its id from here on
        LocalDateTime created = start.atTime(18, 0);
        ActivityType[] activities = ActivityType.values();
        for (LocalDate d = start; d.isBefore(start.plusWeeks(10)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                timesheets.add(new TimeEntry(withdrawn, d, Category.SERVICE, 300, activities[d.getDayOfMonth() % activities.length], null, null,
                        created));
            }
            if (d.getDayOfWeek() == DayOfWeek.THURSDAY && d.isBefore(start.plusWeeks(4))) {
                timesheets.add(new TimeEntry(withdrawn, d, Category.SPECIFIC_TRAINING, 120, null, null, null, created));
            }
        }

        // tasks done about the recent, unrestricted cases of Municipio 5 and about their placements
        List<ServiceYear> seed = new ArrayList<>();
        for (String username : new String[] {"volunteer", "volunteer2", "volunteer3"}) {
            people.findByUsername(username).ifPresent(v -> seed.add(years.findByVolunteer(v.getId()).get(0)));
        }
        if (seed.isEmpty()) {
            return;
        }
        Person anna = people.findByUsername("socialworker").orElseThrow();
        LocalDateTime given = today.minusDays(2).atTime(10, 0);
        int i = 0;
        for (SsptCase c : cases.inMunicipio(5)) {
            if (c.isRestricted() || c.getOpenedOn().isBefore(today.minusYears(1))) {
                continue;
            }
            Task t = new Task(seed.get(i++ % seed.size()), null, "Raccogliere i documenti per la relazione del caso", "Solo il codice del caso",
                    ActivityType.ADMINISTRATIVE_SUPPORT, today.minusDays(1), anna, given);
            t.concern(c);
            checkIns.add(t);
            t.markDone("[esempio] Documenti raccolti e consegnati all’assistente sociale");
            for (Placement p : rst.ofCase(c.getId())) {
                Task a = new Task(seed.get(i++ % seed.size()), null, "Accompagnare la persona all’ufficio INPS", "Solo il codice del caso",
                        ActivityType.INCLUSION_INITIATIVES, today.minusDays(1), anna, given);
                a.concern(p);
                checkIns.add(a);
                a.markDone("[esempio] Accompagnamento svolto");
            }
        }
    }
}
