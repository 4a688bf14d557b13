package it.milano.levacivica.portal.infrastructure.persistence;

import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.HourEntry;
import it.milano.levacivica.portal.domain.timesheet.AbsenceDay;
import it.milano.levacivica.portal.domain.timesheet.TimeEntry;
import it.milano.levacivica.portal.domain.timesheet.Timesheet;
import it.milano.levacivica.portal.domain.timesheet.TimesheetRepository;
import it.milano.levacivica.portal.domain.timesheet.TimesheetStatus;
import it.milano.levacivica.portal.domain.timesheet.TimesheetTransition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaTimesheetRepository implements TimesheetRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<TimeEntry> findEntry(long id) {
        return em.createQuery("select e from TimeEntry e join fetch e.serviceYear y join fetch y.volunteer join fetch y.tutor join fetch y.project where e.id = :id", TimeEntry.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<TimeEntry> entries(long serviceYearId, LocalDate from, LocalDate toExclusive) {
        return em.createQuery("select e from TimeEntry e where e.serviceYear.id = :y and e.date >= :f and e.date < :t"
                        + " order by e.date, e.category, e.id", TimeEntry.class)
                .setParameter("y", serviceYearId).setParameter("f", from).setParameter("t", toExclusive).getResultList();
    }

    @Override
    public List<HourEntry> ruleEntries(long serviceYearId) {
        List<Object[]> rows = em.createQuery("select e.date, e.category, e.minutes, e.activityType from TimeEntry e"
                + " where e.serviceYear.id = :y", Object[].class).setParameter("y", serviceYearId).getResultList();
        return rows.stream().map(r -> new HourEntry((LocalDate) r[0], (Category) r[1], Duration.ofMinutes((Integer) r[2]),
                (ActivityType) r[3])).toList();
    }

    @Override
    public List<ExportedEntry> exportRows(java.util.Collection<Long> serviceYearIds, Long projectId, LocalDate from, LocalDate toExclusive,
            EntryKey after, int limit) {
        if (serviceYearIds != null && serviceYearIds.isEmpty()) {
            return List.of();
        }
        var q = em.createQuery("select new " + ExportedEntry.class.getName().replace('$', '.')
                + "(e.id, y.id, v.fullName, e.date, e.category, e.minutes, e.activityType, e.note)"
                + " from TimeEntry e join e.serviceYear y join y.volunteer v" + exportFilter(serviceYearIds, projectId, after),
                ExportedEntry.class).setMaxResults(limit);
        exportParameters(q, serviceYearIds, projectId, from, toExclusive, after);
        return q.getResultList();
    }

    private static String exportFilter(java.util.Collection<Long> serviceYearIds, Long projectId, EntryKey after) {
        return " where e.date >= :f and e.date < :t"
                + (serviceYearIds == null ? "" : " and y.id in :ids")
                + (projectId == null ? "" : " and y.project.id = :p")
                + (after == null ? "" : " and (y.id > :ay or (y.id = :ay and (e.date > :ad or (e.date = :ad and e.id > :ai))))")
                + " order by y.id, e.date, e.id";
    }

    private static void exportParameters(jakarta.persistence.Query q, java.util.Collection<Long> serviceYearIds, Long projectId,
            LocalDate from, LocalDate toExclusive, EntryKey after) {
        q.setParameter("f", from).setParameter("t", toExclusive);
        if (serviceYearIds != null) {
            q.setParameter("ids", serviceYearIds);
        }
        if (projectId != null) {
            q.setParameter("p", projectId);
        }
        if (after != null) {
            q.setParameter("ay", after.serviceYearId()).setParameter("ad", after.date()).setParameter("ai", after.id());
        }
    }

    @Override
    public List<TimeEntry> exportPage(java.util.Collection<Long> serviceYearIds, Long projectId, LocalDate from, LocalDate toExclusive,
            EntryKey after, int limit) {
        if (serviceYearIds != null && serviceYearIds.isEmpty()) {
            return List.of();
        }
        var q = em.createQuery("select e from TimeEntry e join fetch e.serviceYear y join fetch y.volunteer v"
                + exportFilter(serviceYearIds, projectId, after), TimeEntry.class)
                .setHint("eclipselink.read-only", "true").setMaxResults(limit);
        exportParameters(q, serviceYearIds, projectId, from, toExclusive, after);
        return q.getResultList();
    }

    @Override
    public java.util.Map<Long, Integer> minutesPerTask(java.util.Collection<Long> serviceYearIds) {
        java.util.Map<Long, Integer> out = new java.util.HashMap<>();
        if (serviceYearIds.isEmpty()) {
            return out;
        }
        em.createQuery("select e.task.id, sum(e.minutes) from TimeEntry e where e.serviceYear.id in :ids and e.task is not null"
                + " group by e.task.id", Object[].class).setParameter("ids", serviceYearIds).getResultList()
                .forEach(r -> out.put((Long) r[0], ((Number) r[1]).intValue()));
        return out;
    }

    @Override
    public void add(TimeEntry entry) {
        em.persist(entry);
    }

    @Override
    public void addNow(TimeEntry entry) {
        em.persist(entry);
        em.flush();
    }

    @Override
    public void remove(TimeEntry entry) {
        em.remove(entry);
    }

    @Override
    public Optional<AbsenceDay> findAbsence(long id) {
        return em.createQuery("select a from AbsenceDay a join fetch a.serviceYear y join fetch y.volunteer join fetch y.tutor join fetch y.project where a.id = :id", AbsenceDay.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    @Override
    public List<AbsenceDay> absences(long serviceYearId) {
        return em.createQuery("select a from AbsenceDay a where a.serviceYear.id = :y order by a.date", AbsenceDay.class)
                .setParameter("y", serviceYearId).getResultList();
    }

    @Override
    public void add(AbsenceDay absence) {
        em.persist(absence);
    }

    @Override
    public void remove(AbsenceDay absence) {
        em.remove(absence);
    }

    @Override
    public Optional<Timesheet> find(long serviceYearId, YearMonth month) {
        return em.createQuery("select t from Timesheet t where t.serviceYear.id = :y and t.month = :m", Timesheet.class)
                .setParameter("y", serviceYearId).setParameter("m", month.toString()).getResultStream().findFirst();
    }

    @Override
    public List<Timesheet> forYear(long serviceYearId) {
        return em.createQuery("select t from Timesheet t where t.serviceYear.id = :y order by t.month", Timesheet.class)
                .setParameter("y", serviceYearId).getResultList();
    }

    @Override
    public List<Timesheet> submittedForTutor(long tutorId) {
        return em.createQuery("select t from Timesheet t join fetch t.serviceYear y join fetch y.volunteer"
                        + " where y.tutor.id = :t and t.status = :s order by t.month, y.volunteer.fullName", Timesheet.class)
                .setParameter("t", tutorId).setParameter("s", TimesheetStatus.SUBMITTED).getResultList();
    }

    @Override
    public void add(Timesheet timesheet) {
        em.persist(timesheet);
    }

    @Override
    public void add(TimesheetTransition transition) {
        em.persist(transition);
    }

    @Override
    public List<TimesheetTransition> transitions(long timesheetId) {
        return em.createQuery("select t from TimesheetTransition t join fetch t.actor where t.timesheet.id = :id order by t.occurredAt, t.id",
                TimesheetTransition.class).setParameter("id", timesheetId).getResultList();
    }
}
