package it.milano.levacivica.portal.infrastructure.persistence;

import it.milano.levacivica.portal.domain.certificate.CertificateRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Certificates in SQL (V31 has no entity); the counts are aggregates in the database. */
@ApplicationScoped
public class JpaCertificateRepository implements CertificateRepository {

    private static final String SELECT = "select c.id, c.service_year_id, c.code, c.volunteer_name, c.period_start, c.period_end, c.issued_at,"
            + " p.username from certificate c join person p on p.id = c.issued_by ";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;
    @PersistenceContext(unitName = "portal-background")
    private EntityManager background;
    @jakarta.annotation.Resource
    private jakarta.transaction.TransactionSynchronizationRegistry transaction;

    @Override
    public Optional<Issued> ofYear(long serviceYearId) {
        return one(em.createNativeQuery(SELECT + "where c.service_year_id = ?").setParameter(1, serviceYearId).getResultList());
    }

    @Override
    public Optional<Issued> byCode(String code) {
        return one(em.createNativeQuery(SELECT + "where c.code = ?").setParameter(1, code).getResultList());
    }

    private static Optional<Issued> one(List<?> rows) {
        return rows.stream().map(o -> (Object[]) o).map(r -> new Issued(JpaReminderRepository.num(r[0]), JpaReminderRepository.num(r[1]),
                (String) r[2], (String) r[3], JpaReminderRepository.date(r[4]), JpaReminderRepository.date(r[5]),
                JpaReminderRepository.time(r[6]), (String) r[7])).findFirst();
    }

    @Override
    public void add(long serviceYearId, String code, String volunteerName, LocalDate start, LocalDate end, LocalDateTime at, long issuerId) {
        em.createNativeQuery("insert into certificate (service_year_id, code, volunteer_name, period_start, period_end, issued_at, issued_by)"
                + " values (?, ?, ?, ?, ?, ?, ?)").setParameter(1, serviceYearId).setParameter(2, code).setParameter(3, volunteerName)
                .setParameter(4, start).setParameter(5, end).setParameter(6, Timestamp.valueOf(at)).setParameter(7, issuerId).executeUpdate();
    }

    @Override
    public List<String> unapprovedMonthsWithHours(long serviceYearId) {
        return ((List<?>) em.createNativeQuery("select m.month from (" + MONTHS_WITH_HOURS + " where h.service_year_id = ?) m where "
                + NOT_APPROVED + " order by m.month").setParameter(1, serviceYearId).getResultList()).stream().map(String::valueOf).toList();
    }

    /** The months of years that hold hours: {@code m.service_year_id, m.month} once the statement is closed as a derived table m. */
    private static final String MONTHS_WITH_HOURS = "select distinct h.service_year_id, date_format(h.entry_date, '%Y-%m') month from hour_entry h";
    /** The month m is not approved: the one place this is said in SQL. */
    private static final String NOT_APPROVED = "not exists (select 1 from timesheet t where t.service_year_id = m.service_year_id"
            + " and t.month = m.month and t.status = 'APPROVED')";

    @Override
    public List<CompletionFacts> completionFacts(LocalDate firstLastDay, LocalDate lastLastDay) {
        // a year's last day is the day before its end date
        LocalDate endFrom = firstLastDay.plusDays(1);
        LocalDate endTo = lastLastDay.plusDays(1);
        Map<Long, Long> unapproved = new java.util.HashMap<>();
        // many years at once (the year's report): their months with hours from the monthly totals (hour_total, V47);
        // one year's certificate readiness reads its own entries (MONTHS_WITH_HOURS), cheap through its index; while a
        // year's report is made, through the background unit (@LongQueries)
        EntityManager db = BackgroundTransaction.pick(em, background, transaction);
        for (Object o : db.createNativeQuery("select m.service_year_id, count(*) from (select distinct h.service_year_id,"
                + " date_format(h.month, '%Y-%m') month from hour_total h join service_year s on s.id = h.service_year_id"
                + " where h.entries > 0 and s.end_date >= ? and s.end_date <= ?) m where " + NOT_APPROVED
                + " group by m.service_year_id").setParameter(1, endFrom).setParameter(2, endTo).getResultList()) {
            Object[] r = (Object[]) o;
            unapproved.put(JpaReminderRepository.num(r[0]), JpaReminderRepository.num(r[1]));
        }
        Map<Long, CompletionFacts> facts = new LinkedHashMap<>();
        // the hours before each year's end: the monthly totals (hour_total, V47) of the months before the last one,
        // and that month's entries before the end date
        String endMonth = "y.end_date - interval (dayofmonth(y.end_date) - 1) day";
        for (Object o : db.createNativeQuery(
                "select s.id, s.project_id, p.programme, s.status, s.end_date, e.category, sum(e.minutes)"
                + " from service_year s join project p on p.id = s.project_id"
                + " left join (select t.service_year_id, t.category, t.minutes from hour_total t join service_year y on y.id = t.service_year_id"
                + " where y.end_date >= ? and y.end_date <= ? and t.month < " + endMonth + " and t.entries > 0"
                + " union all select h.service_year_id, h.category, h.minutes from hour_entry h join service_year y on y.id = h.service_year_id"
                + " where y.end_date >= ? and y.end_date <= ? and h.entry_date >= " + endMonth + " and h.entry_date < y.end_date) e"
                + " on e.service_year_id = s.id"
                + " where s.end_date >= ? and s.end_date <= ? group by s.id, s.project_id, p.programme, s.status, s.end_date, e.category"
                + " order by s.id").setParameter(1, endFrom).setParameter(2, endTo).setParameter(3, endFrom).setParameter(4, endTo)
                .setParameter(5, endFrom).setParameter(6, endTo).getResultList()) {
            Object[] r = (Object[]) o;
            long id = JpaReminderRepository.num(r[0]);
            CompletionFacts f = facts.computeIfAbsent(id, k -> new CompletionFacts(k, JpaReminderRepository.num(r[1]), (String) r[2],
                    it.milano.levacivica.portal.domain.people.ServiceYearStatus.valueOf((String) r[3]),
                    JpaReminderRepository.date(r[4]).minusDays(1), new java.util.EnumMap<>(it.milano.levacivica.core.rules.Category.class),
                    unapproved.getOrDefault(k, 0L)));
            if (r[5] != null) {
                f.minutes().put(it.milano.levacivica.core.rules.Category.valueOf((String) r[5]), JpaReminderRepository.num(r[6]));
            }
        }
        return List.copyOf(facts.values());
    }

    @Override
    public Map<String, Long> serviceMinutesByActivity(long serviceYearId) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object o : em.createNativeQuery("select activity_type, sum(minutes) s from hour_entry where service_year_id = ? and category = 'SERVICE'"
                + " group by activity_type order by s desc").setParameter(1, serviceYearId).getResultList()) {
            Object[] r = (Object[]) o;
            out.put((String) r[0], JpaReminderRepository.num(r[1]));
        }
        return out;
    }

    @Override
    public long confirmedCheckIns(long serviceYearId) {
        return JpaReminderRepository.num(em.createNativeQuery("select count(*) from check_in where service_year_id = ?"
                + " and tutor_confirmed_at is not null and volunteer_confirmed_at is not null").setParameter(1, serviceYearId).getSingleResult());
    }
}
