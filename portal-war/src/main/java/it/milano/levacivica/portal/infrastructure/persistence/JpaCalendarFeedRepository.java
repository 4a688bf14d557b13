package it.milano.levacivica.portal.infrastructure.persistence;

import static it.milano.levacivica.portal.infrastructure.persistence.JpaReminderRepository.date;
import static it.milano.levacivica.portal.infrastructure.persistence.JpaReminderRepository.num;
import static it.milano.levacivica.portal.infrastructure.persistence.JpaReminderRepository.time;

import it.milano.levacivica.portal.domain.calendar.CalendarFeedRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Calendar feeds in SQL: the table of V42 has no entity; every list is one query bounded by the person. */
@ApplicationScoped
public class JpaCalendarFeedRepository implements CalendarFeedRepository {

    /** Cases whose responsible or collaborator is the person (parameter: the person, twice). */
    private static final String MY_CASES = "(c.responsible_id = ? or exists (select 1 from case_collaborator cc"
            + " where cc.case_id = c.id and cc.person_id = ?))";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    private static final String FEED = "select id, person_id, created_at, last_used_at from calendar_feed ";

    @Override
    public Optional<Feed> active(long personId) {
        return feeds(em.createNativeQuery(FEED + "where person_id = ? and revoked_at is null order by id desc limit 1")
                .setParameter(1, personId)).stream().findFirst();
    }

    @Override
    public Optional<Feed> activeByHash(String tokenHash) {
        return feeds(em.createNativeQuery(FEED + "where token_hash = ? and revoked_at is null").setParameter(1, tokenHash)).stream().findFirst();
    }

    private static List<Feed> feeds(Query q) {
        return rows(q, r -> new Feed(num(r[0]), num(r[1]), time(r[2]), time(r[3])));
    }

    @Override
    public boolean known(String tokenHash) {
        return !em.createNativeQuery("select 1 from calendar_feed where token_hash = ?").setParameter(1, tokenHash).getResultList().isEmpty();
    }

    @Override
    public long add(long personId, String tokenHash, LocalDateTime now) {
        em.createNativeQuery("insert into calendar_feed (person_id, token_hash, created_at) values (?, ?, ?)")
                .setParameter(1, personId).setParameter(2, tokenHash).setParameter(3, Timestamp.valueOf(now)).executeUpdate();
        return num(em.createNativeQuery("select id from calendar_feed where token_hash = ?").setParameter(1, tokenHash).getSingleResult());
    }

    @Override
    public List<Long> revokeAll(long personId, LocalDateTime now) {
        // the person's row is the lock: two feeds made at the same time are made one after the other, so the
        // second revokes the first and a person never has two feeds that work
        em.createNativeQuery("select id from person where id = ? for update").setParameter(1, personId).getResultList();
        List<Long> ids = ((List<?>) em.createNativeQuery("select id from calendar_feed where person_id = ? and revoked_at is null for update")
                .setParameter(1, personId).getResultList()).stream().map(JpaReminderRepository::num).toList();
        if (!ids.isEmpty()) {
            em.createNativeQuery("update calendar_feed set revoked_at = ?, version = version + 1 where person_id = ? and revoked_at is null")
                    .setParameter(1, Timestamp.valueOf(now)).setParameter(2, personId).executeUpdate();
        }
        return ids;
    }

    @Override
    public boolean markUsed(long feedId, LocalDateTime now, LocalDateTime unlessAfter) {
        return em.createNativeQuery("update calendar_feed set last_used_at = ?, version = version + 1 where id = ?"
                + " and (last_used_at is null or last_used_at <= ?)").setParameter(1, Timestamp.valueOf(now)).setParameter(2, feedId)
                .setParameter(3, Timestamp.valueOf(unlessAfter)).executeUpdate() == 1;
    }

    // ------------------------------------------------------------------ what a feed lists

    private static final String CHECK_INS = "select ci.id, ci.service_year_id, ci.held_at, ci.minutes,"
            + " (ci.tutor_confirmed_at is not null and ci.volunteer_confirmed_at is not null)"
            + " from check_in ci join service_year y on y.id = ci.service_year_id where ";

    @Override
    public List<CheckInRow> checkInsAsVolunteer(long personId, LocalDate from, LocalDate to) {
        return checkIns(em.createNativeQuery(CHECK_INS + "y.volunteer_id = ? and ci.held_at >= ? and ci.held_at < ? order by ci.held_at, ci.id"),
                personId, from, to);
    }

    @Override
    public List<CheckInRow> checkInsAsTutor(long personId, LocalDate from, LocalDate to) {
        return checkIns(em.createNativeQuery(CHECK_INS + "y.tutor_id = ? and ci.held_at >= ? and ci.held_at < ? order by ci.held_at, ci.id"),
                personId, from, to);
    }

    private static List<CheckInRow> checkIns(Query q, long personId, LocalDate from, LocalDate to) {
        q.setParameter(1, personId).setParameter(2, Timestamp.valueOf(from.atStartOfDay())).setParameter(3, Timestamp.valueOf(to.atStartOfDay()));
        return rows(q, r -> new CheckInRow(num(r[0]), num(r[1]), time(r[2]), (int) num(r[3]), flag(r[4])));
    }

    @Override
    public List<TaskRow> tasksAsVolunteer(long personId, LocalDate from, LocalDate to) {
        return rows(em.createNativeQuery("select t.id, t.service_year_id, t.due_date, t.status, coalesce(c.code, pc.code) from task t"
                + " join service_year y on y.id = t.service_year_id left join sspt_case c on c.id = t.case_id"
                + " left join placement pl on pl.id = t.placement_id left join sspt_case pc on pc.id = pl.case_id"
                + " where y.volunteer_id = ? and t.status <> 'CANCELLED' and t.due_date >= ? and t.due_date < ? order by t.due_date, t.id")
                .setParameter(1, personId).setParameter(2, from).setParameter(3, to), JpaCalendarFeedRepository::task);
    }

    @Override
    public List<TaskRow> caseTasks(long personId, LocalDate from, LocalDate to) {
        return rows(em.createNativeQuery("select t.id, t.service_year_id, t.due_date, t.status, c.code from task t"
                + " left join placement pl on pl.id = t.placement_id"
                + " join sspt_case c on c.id = coalesce(t.case_id, pl.case_id)"
                + " where " + MY_CASES + " and t.status <> 'CANCELLED' and t.due_date >= ? and t.due_date < ? order by t.due_date, t.id")
                .setParameter(1, personId).setParameter(2, personId).setParameter(3, from).setParameter(4, to), JpaCalendarFeedRepository::task);
    }

    private static TaskRow task(Object[] r) {
        return new TaskRow(num(r[0]), num(r[1]), date(r[2]), (String) r[3], (String) r[4]);
    }

    @Override
    public List<LeaveRow> leaveDays(long personId, LocalDate from, LocalDate to) {
        return rows(em.createNativeQuery("select a.id, a.service_year_id, a.absence_date from absence a join service_year y on y.id = a.service_year_id"
                + " where y.volunteer_id = ? and a.type = 'LEAVE' and a.absence_date >= ? and a.absence_date < ? order by a.absence_date")
                .setParameter(1, personId).setParameter(2, from).setParameter(3, to), r -> new LeaveRow(num(r[0]), num(r[1]), date(r[2])));
    }

    @Override
    public List<YearRow> yearsAsVolunteer(long personId) {
        return rows(em.createNativeQuery("select id, start_date, end_date from service_year where volunteer_id = ? and status <> 'WITHDRAWN'"
                + " order by start_date").setParameter(1, personId), r -> new YearRow(num(r[0]), date(r[1]), date(r[2])));
    }

    @Override
    public List<MonthRow> monthsAsVolunteer(long personId) {
        return rows(em.createNativeQuery("select t.service_year_id, t.month, t.status from timesheet t join service_year y on y.id = t.service_year_id"
                + " where y.volunteer_id = ?").setParameter(1, personId),
                r -> new MonthRow(num(r[0]), YearMonth.parse(((String) r[1]).strip()), (String) r[2]));
    }

    @Override
    public List<WaitingRow> waitingForTutor(long personId) {
        return rows(em.createNativeQuery("select t.id, t.service_year_id, t.month, max(tr.occurred_at) from timesheet t"
                + " join service_year y on y.id = t.service_year_id"
                + " join timesheet_transition tr on tr.timesheet_id = t.id and tr.to_status = 'SUBMITTED'"
                + " where y.tutor_id = ? and t.status = 'SUBMITTED' group by t.id, t.service_year_id, t.month order by t.id")
                .setParameter(1, personId), r -> new WaitingRow(num(r[0]), num(r[1]), YearMonth.parse(((String) r[2]).strip()), time(r[3])));
    }

    @Override
    public List<PlacementRow> placements(long personId) {
        return rows(em.createNativeQuery("select p.id, p.first_start, c.code from placement p join sspt_case c on c.id = p.case_id"
                + " where p.ended_on is null and " + MY_CASES + " order by p.id").setParameter(1, personId).setParameter(2, personId),
                r -> new PlacementRow(num(r[0]), date(r[1]), (String) r[2]));
    }

    @Override
    public List<StepRow> pactSteps(long personId, LocalDate from, LocalDate to) {
        return rows(em.createNativeQuery("select s.id, p.id, s.due_date, s.checked_on is not null, c.code from pact_step s"
                + " join placement p on p.id = s.placement_id join sspt_case c on c.id = p.case_id"
                + " where p.ended_on is null and " + MY_CASES + " and s.due_date >= ? and s.due_date < ? order by s.due_date, s.id")
                .setParameter(1, personId).setParameter(2, personId).setParameter(3, from).setParameter(4, to),
                r -> new StepRow(num(r[0]), num(r[1]), date(r[2]), flag(r[3]), (String) r[4]));
    }

    // ------------------------------------------------------------------ helpers

    private static <T> List<T> rows(Query q, Function<Object[], T> row) {
        return ((List<?>) q.getResultList()).stream().map(o -> row.apply((Object[]) o)).toList();
    }

    private static boolean flag(Object o) {
        return o instanceof Boolean b ? b : o != null && ((Number) o).intValue() != 0;
    }
}
