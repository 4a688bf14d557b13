package it.milano.levacivica.portal.demo.data;

import it.milano.levacivica.core.rules.Absence;
import it.milano.levacivica.core.rules.AbsenceType;
import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.HourEntry;
import it.milano.levacivica.core.rules.RuleSets;
import it.milano.levacivica.core.rules.ServiceRecord;
import it.milano.levacivica.portal.domain.checkin.CheckIn;
import it.milano.levacivica.portal.domain.checkin.CheckInRepository;
import it.milano.levacivica.portal.domain.checkin.MeetingMode;
import it.milano.levacivica.portal.domain.checkin.Task;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.domain.timesheet.AbsenceDay;
import it.milano.levacivica.portal.domain.timesheet.TimeEntry;
import it.milano.levacivica.portal.domain.timesheet.Timesheet;
import it.milano.levacivica.portal.domain.timesheet.TimesheetRepository;
import it.milano.levacivica.portal.domain.timesheet.TimesheetStatus;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Random;

/**
 * Demo hours of one volunteer from the start of the year to yesterday: five or six days a week, about
 * 27–30 hours, specific training and certificate hours early on, a week of leave, a day of sickness;
 * months before last approved by the tutor, last month submitted and waiting, this month open. Every
 * entry passes core-lib's rules, checked as it is generated. Deterministic for a given seed.
 */
final class DemoHours {

    private static final String[] NOTES = {
        "Accoglienza allo sportello del Municipio", "Aggiornamento schede interventi nel gestionale",
        "Incontro di rete con l’associazione di quartiere", "Preparazione materiali per la giornata di sensibilizzazione",
        "Sintesi dell’incontro con ATS", null, null, null};

    private DemoHours() {
    }

    /** How this week's check-in looks for a demo volunteer. */
    enum ThisWeek { CONFIRMED, WAITING_FOR_VOLUNTEER, NONE }

    static void load(ServiceYear year, Person tutor, TimesheetRepository repository, CheckInRepository checkIns, Clock clock, long seed,
            boolean aheadOfPace, ThisWeek thisWeek) {
        Random random = new Random(seed);
        LocalDate today = LocalDate.now(clock);
        it.milano.levacivica.core.rules.ServiceYear core =
                it.milano.levacivica.core.rules.ServiceYear.of(year.getStartDate(), RuleSets.LEVA_CIVICA);
        ServiceRecord record = ServiceRecord.empty(core);
        Clock check = Clock.fixed(today.atStartOfDay(clock.getZone()).toInstant(), clock.getZone());
        LocalDate leaveFrom = year.getStartDate().plusWeeks(14).with(DayOfWeek.MONDAY);
        LocalDate sick = year.getStartDate().plusWeeks(5).with(DayOfWeek.WEDNESDAY);
        int trainingDone = 0;
        int certificateDone = 0;
        ActivityType[] activities = ActivityType.values();
        LocalDateTime created = LocalDateTime.now(clock);
        for (LocalDate d = year.getStartDate(); d.isBefore(today) && d.isBefore(year.getEndDate()); d = d.plusDays(1)) {
            DayOfWeek dow = d.getDayOfWeek();
            if (dow == DayOfWeek.SUNDAY || (dow == DayOfWeek.SATURDAY && random.nextInt(3) != 0)) {
                continue;
            }
            if (!d.isBefore(leaveFrom) && d.isBefore(leaveFrom.plusDays(6)) || d.equals(sick)) {
                AbsenceType type = d.equals(sick) ? AbsenceType.SICKNESS : AbsenceType.LEAVE;
                if (record.validateAbsence(new Absence(d, type), check).isAccepted()) {
                    record = record.withAbsence(new Absence(d, type));
                    repository.add(new AbsenceDay(year, d, type));
                }
                continue;
            }
            int serviceMinutes = (aheadOfPace ? 315 : 225) + 15 * random.nextInt(4) - (dow == DayOfWeek.SATURDAY ? 120 : 0);
            boolean thisWeeksMonday = dow == DayOfWeek.MONDAY && !d.isBefore(today.with(DayOfWeek.MONDAY));
            if (dow == DayOfWeek.MONDAY && (!thisWeeksMonday || thisWeek != ThisWeek.NONE)) {
                CheckIn c = new CheckIn(year, java.util.UUID.randomUUID().toString(), d.atTime(9, 0), MeetingMode.IN_PERSON, 30,
                        ActivityType.ADMINISTRATIVE_SUPPORT, "Programmazione della settimana e compiti", tutor, d.atTime(9, 30));
                checkIns.add(c);
                if (!thisWeeksMonday || thisWeek == ThisWeek.CONFIRMED) {
                    c.confirmByVolunteer(null, d.atTime(9, 40));
                    HourEntry fromCheckIn = HourEntry.service(d, Duration.ofMinutes(30), ActivityType.ADMINISTRATIVE_SUPPORT);
                    if (record.validate(fromCheckIn, check).isAccepted()) {
                        TimeEntry e = new TimeEntry(year, d, Category.SERVICE, 30, ActivityType.ADMINISTRATIVE_SUPPORT, c.getSummary(), null, created);
                        e.fromCheckIn(c);
                        repository.add(e);
                        record = record.withEntry(fromCheckIn).withCheckIn(d);
                    }
                }
                serviceMinutes -= 30;
            }
            if (dow == DayOfWeek.WEDNESDAY && trainingDone < 40 * 60) {
                int m = Math.min(4 * 60, 40 * 60 - trainingDone);
                record = add(record, year, HourEntry.of(d, Category.SPECIFIC_TRAINING, Duration.ofMinutes(m)), null, repository, check, created);
                trainingDone += m;
                serviceMinutes = Math.min(serviceMinutes, 8 * 60 - m);
            } else if (dow == DayOfWeek.THURSDAY && trainingDone >= 16 * 60 && certificateDone < 38 * 60) {
                int m = Math.min(3 * 60, 38 * 60 - certificateDone);
                record = add(record, year, HourEntry.of(d, Category.COMPETENCE_CERTIFICATE, Duration.ofMinutes(m)), null, repository, check, created);
                certificateDone += m;
                serviceMinutes = Math.min(serviceMinutes, 8 * 60 - m);
            }
            ActivityType activity = activities[random.nextInt(activities.length)];
            record = add(record, year, HourEntry.service(d, Duration.ofMinutes(serviceMinutes), activity),
                    NOTES[random.nextInt(NOTES.length)], repository, check, created);
        }
        String[][] demoTasks = {
            {"Aggiornare le schede degli interventi del Municipio 5", "ADMINISTRATIVE_SUPPORT", "-12", "done"},
            {"Preparare il volantino per la giornata di quartiere", "COMMUNICATION", "3", "open"},
            {"Sintesi dell’incontro con l’associazione di via Padova", "MEETING_SUMMARIES", aheadOfPace ? "6" : "-2", "open"}};
        for (String[] t : demoTasks) {
            Task task = new Task(year, null, t[0], null, ActivityType.valueOf(t[1]), today.plusDays(Integer.parseInt(t[2])), tutor,
                    today.minusDays(14).atTime(9, 30));
            checkIns.add(task);
            if ("done".equals(t[3])) {
                task.markDone("Fatto: schede aggiornate nel gestionale");
            }
        }
        YearMonth thisMonth = YearMonth.from(today);
        for (YearMonth m = YearMonth.from(year.getStartDate()); m.isBefore(thisMonth); m = m.plusMonths(1)) {
            Timesheet sheet = new Timesheet(year, m);
            repository.add(sheet);
            LocalDateTime submitted = m.plusMonths(1).atDay(2).atTime(17, 30);
            sheet.move(TimesheetStatus.SUBMITTED, year.getVolunteer(), null, submitted).ifPresent(repository::add);
            if (m.isBefore(thisMonth.minusMonths(1))) {
                sheet.move(TimesheetStatus.APPROVED, tutor, null, submitted.plusDays(1).withHour(10)).ifPresent(repository::add);
            }
        }
    }

    private static ServiceRecord add(ServiceRecord record, ServiceYear year, HourEntry e, String note, TimesheetRepository repository,
            Clock check, LocalDateTime created) {
        if (!record.validate(e, check).isAccepted()) {
            return record;
        }
        repository.add(new TimeEntry(year, e.date(), e.category(), (int) e.duration().toMinutes(), e.activityType(), note, null, created));
        return record.withEntry(e);
    }
}
