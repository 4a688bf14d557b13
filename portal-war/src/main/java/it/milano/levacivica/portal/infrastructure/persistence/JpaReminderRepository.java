package it.milano.levacivica.portal.infrastructure.persistence;

import it.milano.levacivica.portal.domain.reminder.ReminderKind;
import it.milano.levacivica.portal.domain.reminder.ReminderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reminders in SQL: the tables of V30 have no entities, every read is one query with its own columns. */
@ApplicationScoped
public class JpaReminderRepository implements ReminderRepository {

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Setting setting(long personId) {
        List<?> rows = em.createNativeQuery("select language, opted_out from reminder_setting where person_id = ?")
                .setParameter(1, personId).getResultList();
        if (rows.isEmpty()) {
            return Setting.DEFAULT;
        }
        Object[] r = (Object[]) rows.get(0);
        Set<ReminderKind> out = EnumSet.noneOf(ReminderKind.class);
        Arrays.stream(((String) r[1]).split(",")).filter(s -> !s.isBlank()).forEach(s -> {
            try {
                out.add(ReminderKind.valueOf(s.strip()));
            } catch (IllegalArgumentException gone) {
                // a kind that no longer exists
            }
        });
        return new Setting(((String) r[0]).strip(), Set.copyOf(out));
    }

    @Override
    public void saveSetting(long personId, Setting setting) {
        String out = setting.optedOut().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        em.createNativeQuery("insert into reminder_setting (person_id, language, opted_out) values (?, ?, ?)"
                + " on duplicate key update language = values(language), opted_out = values(opted_out), version = version + 1")
                .setParameter(1, personId).setParameter(2, setting.language()).setParameter(3, out).executeUpdate();
    }

    @Override
    public boolean make(Due d, LocalDateTime now) {
        return em.createNativeQuery("insert ignore into reminder_sent (person_id, kind, subject_ref, period, subject_code, detail, link,"
                + " status, created_at, next_attempt_at) values (?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?)")
                .setParameter(1, d.personId()).setParameter(2, d.kind().name()).setParameter(3, d.subjectRef())
                .setParameter(4, d.period()).setParameter(5, d.subjectCode()).setParameter(6, d.detail()).setParameter(7, d.link())
                .setParameter(8, Timestamp.valueOf(now)).setParameter(9, Timestamp.valueOf(now)).executeUpdate() == 1;
    }

    private static final String DELIVERY = "select r.id, r.person_id, p.username, p.email, r.kind, r.subject_ref, r.period, r.subject_code,"
            + " r.detail, r.link, r.status, r.attempts, r.last_error, r.created_at, r.sent_at from reminder_sent r join person p on p.id = r.person_id ";

    @Override
    public List<Delivery> toDeliver(LocalDateTime now, int maxAttempts, int max) {
        return deliveries(em.createNativeQuery(DELIVERY + "where r.status in ('PENDING', 'FAILED') and r.next_attempt_at <= ? and r.attempts < ?"
                + " order by r.id limit ?").setParameter(1, Timestamp.valueOf(now)).setParameter(2, maxAttempts).setParameter(3, max));
    }

    @Override
    public List<Delivery> latest(int max) {
        return deliveries(em.createNativeQuery(DELIVERY + "order by r.id desc limit ?").setParameter(1, max));
    }

    private static List<Delivery> deliveries(Query q) {
        return ((List<?>) q.getResultList()).stream().map(o -> (Object[]) o).map(r -> new Delivery(num(r[0]), num(r[1]), (String) r[2],
                (String) r[3], ReminderKind.valueOf((String) r[4]), (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                (String) r[9], (String) r[10], (int) num(r[11]), (String) r[12], time(r[13]), time(r[14]))).toList();
    }

    @Override
    public void sent(long id, LocalDateTime now) {
        em.createNativeQuery("update reminder_sent set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null,"
                + " version = version + 1 where id = ?").setParameter(1, Timestamp.valueOf(now)).setParameter(2, id).executeUpdate();
    }

    @Override
    public void failed(long id, String error, LocalDateTime retryAt) {
        String e = error == null ? "" : error.length() > 300 ? error.substring(0, 300) : error;
        em.createNativeQuery("update reminder_sent set status = 'FAILED', attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
                + " version = version + 1 where id = ?").setParameter(1, e).setParameter(2, Timestamp.valueOf(retryAt)).setParameter(3, id)
                .executeUpdate();
    }

    @Override
    public void skipped(long id, String why) {
        em.createNativeQuery("update reminder_sent set status = 'SKIPPED', last_error = ?, version = version + 1 where id = ?")
                .setParameter(1, why).setParameter(2, id).executeUpdate();
    }

    @Override
    public Map<String, Long> countsByStatus() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object o : em.createNativeQuery("select status, count(*) from reminder_sent group by status order by status").getResultList()) {
            Object[] r = (Object[]) o;
            counts.put((String) r[0], num(r[1]));
        }
        return counts;
    }

    // ------------------------------------------------------------------ candidates

    @Override
    public List<ActiveYear> activeYears(LocalDate day, LocalDate endsFrom) {
        return ((List<?>) em.createNativeQuery("select id, volunteer_id, tutor_id, start_date, end_date from service_year"
                + " where status = 'ACTIVE' and start_date <= ? and end_date >= ? order by id").setParameter(1, day).setParameter(2, endsFrom)
                .getResultList()).stream().map(o -> (Object[]) o)
                .map(r -> new ActiveYear(num(r[0]), num(r[1]), num(r[2]), date(r[3]), date(r[4]))).toList();
    }

    @Override
    public List<Long> withoutSubmittedMonth(List<Long> yearIds, YearMonth month) {
        Set<Long> done = ids(em.createNativeQuery("select service_year_id from timesheet where month = ? and status in ('SUBMITTED', 'APPROVED')")
                .setParameter(1, month.toString()));
        return yearIds.stream().filter(id -> !done.contains(id)).toList();
    }

    @Override
    public Set<Long> withConfirmedCheckIn(List<Long> yearIds, LocalDate from, LocalDate toExclusive) {
        Set<Long> met = ids(em.createNativeQuery("select distinct service_year_id from check_in where held_at >= ? and held_at < ?"
                + " and tutor_confirmed_at is not null and volunteer_confirmed_at is not null")
                .setParameter(1, Timestamp.valueOf(from.atStartOfDay())).setParameter(2, Timestamp.valueOf(toExclusive.atStartOfDay())));
        met.retainAll(yearIds);
        return met;
    }

    @Override
    public List<Waiting> waitingSince(LocalDateTime before) {
        return ((List<?>) em.createNativeQuery("select t.id, t.service_year_id, y.tutor_id, t.month, max(tr.occurred_at) from timesheet t"
                + " join service_year y on y.id = t.service_year_id join timesheet_transition tr on tr.timesheet_id = t.id and tr.to_status = 'SUBMITTED'"
                + " where t.status = 'SUBMITTED' group by t.id, t.service_year_id, y.tutor_id, t.month having max(tr.occurred_at) < ? order by t.id")
                .setParameter(1, Timestamp.valueOf(before)).getResultList()).stream().map(o -> (Object[]) o)
                .map(r -> new Waiting(num(r[0]), num(r[1]), num(r[2]), (String) r[3], time(r[4]))).toList();
    }

    @Override
    public List<LateTask> lateCaseTasks(LocalDate day) {
        return ((List<?>) em.createNativeQuery("select t.id, t.created_by_id, coalesce(c.code, pc.code), t.due_date from task t"
                + " left join sspt_case c on c.id = t.case_id left join placement pl on pl.id = t.placement_id"
                + " left join sspt_case pc on pc.id = pl.case_id"
                + " where t.status = 'OPEN' and t.due_date < ? and (t.case_id is not null or t.placement_id is not null) order by t.id")
                .setParameter(1, day).getResultList()).stream().map(o -> (Object[]) o)
                .map(r -> new LateTask(num(r[0]), num(r[1]), (String) r[2], date(r[3]))).toList();
    }

    @Override
    public List<PlacementAlert> placementsStartedBy(LocalDate firstStartBy, LocalDate day) {
        return alerts(em.createNativeQuery("select p.id, c.responsible_id, c.code, p.first_start from placement p join sspt_case c on c.id = p.case_id"
                + " where p.ended_on is null and p.planned_end >= ? and p.first_start <= ? order by p.id")
                .setParameter(1, day).setParameter(2, firstStartBy));
    }

    @Override
    public List<PlacementAlert> overduePactSteps(LocalDate day) {
        return alerts(em.createNativeQuery("select s.id, c.responsible_id, c.code, s.due_date from pact_step s join placement p on p.id = s.placement_id"
                + " join sspt_case c on c.id = p.case_id where s.checked_on is null and s.due_date < ? and p.ended_on is null order by s.id")
                .setParameter(1, day));
    }

    private static List<PlacementAlert> alerts(Query q) {
        return ((List<?>) q.getResultList()).stream().map(o -> (Object[]) o)
                .map(r -> new PlacementAlert(num(r[0]), num(r[1]), (String) r[2], date(r[3]))).toList();
    }

    @Override
    public List<Long> peopleWithRole(String role) {
        // roles is a comma-separated list of role names (RolesConverter)
        return ((List<?>) em.createNativeQuery("select id from person where enabled and find_in_set(?, roles) > 0 order by id")
                .setParameter(1, role).getResultList()).stream().map(JpaReminderRepository::num).toList();
    }

    @Override
    public Digest digest(LocalDate day) {
        Object[] r = (Object[]) em.createNativeQuery("select"
                + " (select count(*) from service_year where status = 'ACTIVE' and start_date <= ? and end_date >= ?),"
                + " (select count(*) from timesheet where status = 'SUBMITTED'),"
                + " (select count(*) from task where status = 'OPEN' and due_date < ?),"
                + " (select count(*) from pact_step s join placement p on p.id = s.placement_id where s.checked_on is null and s.due_date < ?"
                + "  and p.ended_on is null)").setParameter(1, day).setParameter(2, day).setParameter(3, day).setParameter(4, day)
                .getSingleResult();
        return new Digest(num(r[0]), num(r[1]), num(r[2]), num(r[3]));
    }

    // ------------------------------------------------------------------ lease

    @Override
    public boolean lease(String job, String owner, LocalDateTime now, LocalDateTime until) {
        List<?> rows = em.createNativeQuery("select leased_by, leased_until from job_lease where name = ? for update")
                .setParameter(1, job).getResultList();
        if (rows.isEmpty()) {
            return false;
        }
        Object[] r = (Object[]) rows.get(0);
        LocalDateTime leasedUntil = time(r[1]);
        if (r[0] != null && leasedUntil != null && leasedUntil.isAfter(now) && !owner.equals(r[0])) {
            return false;
        }
        em.createNativeQuery("update job_lease set leased_by = ?, leased_until = ?, last_started = ?, version = version + 1 where name = ?")
                .setParameter(1, owner).setParameter(2, Timestamp.valueOf(until)).setParameter(3, Timestamp.valueOf(now)).setParameter(4, job)
                .executeUpdate();
        return true;
    }

    @Override
    public void release(String job, String owner, LocalDateTime now, String outcome) {
        String o = outcome == null ? null : outcome.length() > 300 ? outcome.substring(0, 300) : outcome;
        em.createNativeQuery("update job_lease set leased_by = null, leased_until = null, last_finished = ?, last_outcome = ?,"
                + " version = version + 1 where name = ? and leased_by = ?").setParameter(1, Timestamp.valueOf(now)).setParameter(2, o)
                .setParameter(3, job).setParameter(4, owner).executeUpdate();
    }

    @Override
    public Optional<JobState> job(String job) {
        return ((List<?>) em.createNativeQuery("select leased_by, leased_until, last_started, last_finished, last_outcome from job_lease"
                + " where name = ?").setParameter(1, job).getResultList()).stream().map(o -> (Object[]) o)
                .map(r -> new JobState((String) r[0], time(r[1]), time(r[2]), time(r[3]), (String) r[4])).findFirst();
    }

    // ------------------------------------------------------------------ helpers

    private static Set<Long> ids(Query q) {
        return ((List<?>) q.getResultList()).stream().map(JpaReminderRepository::num).collect(Collectors.toCollection(HashSet::new));
    }

    static long num(Object o) {
        return ((Number) o).longValue();
    }

    static LocalDate date(Object o) {
        return o == null ? null : o instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) o;
    }

    static LocalDateTime time(Object o) {
        return o == null ? null : o instanceof Timestamp t ? t.toLocalDateTime() : (LocalDateTime) o;
    }
}
