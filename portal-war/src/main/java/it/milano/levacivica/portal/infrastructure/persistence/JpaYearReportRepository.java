package it.milano.levacivica.portal.infrastructure.persistence;

import static it.milano.levacivica.portal.infrastructure.persistence.JpaReminderRepository.num;

import it.milano.levacivica.portal.domain.report.YearReportRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year's report in SQL: every figure is a GROUP BY over the service years that overlap the year (found by
 * {@code ix_service_year_end}, V43), reaching their entries, check-ins and tasks through the
 * {@code (service_year_id, ...)} indexes. The answer has a few rows per project whatever the number of entries. While
 * a report is made ({@code @LongQueries}) every statement goes through the background unit (long answer limits).
 */
@ApplicationScoped
public class JpaYearReportRepository implements YearReportRepository {

    /** The service years that overlap the year {@code [:from, :to)}. */
    private static final String OVERLAPPING = "s.end_date > :from and s.start_date < :to";
    /** The Monday of a check-in's week. */
    private static final String MONDAY = "date_sub(date(c.held_at), interval weekday(c.held_at) day)";
    /** A parameter in the statements below: {@code :name}. */
    private static final Pattern PARAMETER = Pattern.compile(":([a-zA-Z]+)");

    @PersistenceContext(unitName = "portal")
    private EntityManager requests;
    @PersistenceContext(unitName = "portal-background")
    private EntityManager background;
    @jakarta.annotation.Resource
    private jakarta.transaction.TransactionSynchronizationRegistry transaction;

    @Override
    public List<Years> years(LocalDate from, LocalDate to, LocalDate until, LocalDate today) {
        // the whole weeks of a year inside the calendar year: Mondays from the first on or after the later of its
        // start and the first of January, to the last whose Sunday is inside its period, the calendar year and the past
        String last = "least(date_sub(:to, interval 1 day), date_sub(s.end_date, interval 7 day), date_sub(:today, interval 7 day))";
        String sql = "select w.project_id, w.status, count(*),"
                + " sum(case when w.start_date >= :from then 1 else 0 end),"
                + " sum(greatest(0, datediff(least(w.end_date, :until), greatest(w.start_date, :from))) / datediff(w.end_date, w.start_date)),"
                + " sum(case when w.hi >= w.lo then floor(datediff(w.hi, w.lo) / 7) + 1 else 0 end)"
                + " from (select s.project_id, s.status, s.start_date, s.end_date,"
                + " date_add(greatest(s.start_date, :from), interval mod(7 - weekday(greatest(s.start_date, :from)), 7) day) lo,"
                + " date_sub(" + last + ", interval weekday(" + last + ") day) hi"
                + " from service_year s where " + OVERLAPPING + ") w group by w.project_id, w.status order by w.project_id, w.status";
        List<Years> out = new ArrayList<>();
        for (Object[] r : rows(sql, Map.of("from", from, "to", to, "until", until, "today", today))) {
            out.add(new Years(num(r[0]), (String) r[1], num(r[2]), num(r[3]), ((Number) r[4]).doubleValue(), num(r[5])));
        }
        return out;
    }

    @Override
    public List<Minutes> minutes(LocalDate from, LocalDate to) {
        // the monthly totals the database keeps on every write (hour_total, V47): whole months only
        if (from.getDayOfMonth() != 1 || to.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("whole months only: " + from + " to " + to);
        }
        String sql = "select s.project_id, t.category, nullif(t.activity_type, ''), sum(t.minutes) from service_year s"
                + " join hour_total t on t.service_year_id = s.id"
                + " where " + OVERLAPPING + " and t.month >= :from and t.month < :to and t.entries > 0"
                + " group by s.project_id, t.category, t.activity_type order by s.project_id, t.category, t.activity_type";
        List<Minutes> out = new ArrayList<>();
        for (Object[] r : rows(sql, Map.of("from", from, "to", to))) {
            out.add(new Minutes(num(r[0]), (String) r[1], (String) r[2], num(r[3])));
        }
        return out;
    }

    @Override
    public List<CheckInWeeks> checkInWeeks(LocalDate from, LocalDate to, LocalDate today) {
        // the year's confirmed check-ins counted by service year and week first (by held_at), then joined to their
        // years: grouping the join itself sorted every check-in with its year's columns, 3 times as long
        String sql = "select s.project_id, s.status, sum(w.n), sum(case when w.n between 1 and 4 then 1 else 0 end),"
                + " sum(case when w.n >= 5 then 1 else 0 end)"
                + " from (select c.service_year_id, " + MONDAY + " monday, count(*) n from check_in c"
                + " where c.held_at >= :fromTime and c.held_at < :afterTime"
                + " and c.tutor_confirmed_at is not null and c.volunteer_confirmed_at is not null"
                + " group by c.service_year_id, monday) w join service_year s on s.id = w.service_year_id"
                + " where " + OVERLAPPING + " and w.monday >= s.start_date and w.monday >= :from and w.monday < :to"
                + " and date_add(w.monday, interval 7 day) <= s.end_date and date_add(w.monday, interval 7 day) <= :today"
                + " group by s.project_id, s.status order by s.project_id, s.status";
        List<CheckInWeeks> out = new ArrayList<>();
        for (Object[] r : rows(sql, Map.of("from", from, "to", to, "today", today, "fromTime", Timestamp.valueOf(from.atStartOfDay()),
                "afterTime", Timestamp.valueOf(to.plusDays(7).atStartOfDay())))) {
            out.add(new CheckInWeeks(num(r[0]), (String) r[1], num(r[2]), num(r[3]), num(r[4])));
        }
        return out;
    }

    @Override
    public List<Tasks> tasks(LocalDate from, LocalDate to) {
        String sql = "select s.project_id, t.activity_type, t.status, count(*) from service_year s join task t on t.service_year_id = s.id"
                + " where " + OVERLAPPING + " and t.created_at >= :fromTime and t.created_at < :toTime"
                + " group by s.project_id, t.activity_type, t.status order by s.project_id, t.activity_type, t.status";
        List<Tasks> out = new ArrayList<>();
        for (Object[] r : rows(sql, times(from, to))) {
            out.add(new Tasks(num(r[0]), (String) r[1], (String) r[2], num(r[3])));
        }
        return out;
    }

    @Override
    public Map<Long, Long> withdrawn(LocalDate from, LocalDate to) {
        String sql = "select w.project_id, count(*) from (select s.project_id,"
                + " coalesce((select max(e.entry_date) from hour_entry e where e.service_year_id = s.id), s.start_date) last_day"
                + " from service_year s where s.status = 'WITHDRAWN') w where w.last_day >= :from and w.last_day < :to"
                + " group by w.project_id order by w.project_id";
        Map<Long, Long> out = new LinkedHashMap<>();
        for (Object[] r : rows(sql, Map.of("from", from, "to", to))) {
            out.put(num(r[0]), num(r[1]));
        }
        return out;
    }

    @Override
    public Map<String, Long> cases(LocalDate from, LocalDate to, Grouping by) {
        String column = by == null ? "''" : switch (by) {
            case MUNICIPIO -> "c.municipio";
            case PHASE -> "c.phase";
            case PROJECT -> "s.project_id";
            case HOUSING_TYPE -> throw new IllegalArgumentException("cases are not grouped by housing type");
        };
        String sql = "select " + column + ", count(distinct c.id) from service_year s join task t on t.service_year_id = s.id"
                + " left join placement p on p.id = t.placement_id join sspt_case c on c.id = coalesce(t.case_id, p.case_id)"
                + " where " + OVERLAPPING + " and t.created_at >= :fromTime and t.created_at < :toTime"
                + (by == null ? "" : " group by " + column + " order by " + column);
        return counts(sql, times(from, to));
    }

    @Override
    public Map<String, Long> placements(LocalDate from, LocalDate to, Grouping by) {
        String column = by == null ? "''" : switch (by) {
            case MUNICIPIO -> "u.municipio";
            case HOUSING_TYPE -> "u.type";
            case PROJECT -> "s.project_id";
            case PHASE -> throw new IllegalArgumentException("placements are not grouped by phase");
        };
        String sql = "select " + column + ", count(distinct p.id) from service_year s join task t on t.service_year_id = s.id"
                + " join placement p on p.id = t.placement_id join housing_unit u on u.id = p.unit_id"
                + " where " + OVERLAPPING + " and t.created_at >= :fromTime and t.created_at < :toTime"
                + (by == null ? "" : " group by " + column + " order by " + column);
        return counts(sql, times(from, to));
    }

    @Override
    public OptionalInt firstYear() {
        Object first = em().createNativeQuery("select min(start_date) from service_year").getSingleResult();
        LocalDate d = JpaReminderRepository.date(first);
        return d == null ? OptionalInt.empty() : OptionalInt.of(d.getYear());
    }

    @Override
    public java.util.Optional<Kept> kept(int year) {
        List<?> rows = em().createNativeQuery("select made_at, as_of, millis, report from year_report where year = ? and made_at is not null")
                .setParameter(1, year).getResultList();
        if (rows.isEmpty()) {
            return java.util.Optional.empty();
        }
        Object[] r = (Object[]) rows.get(0);
        return java.util.Optional.of(new Kept(year, utc(r[0]), JpaReminderRepository.date(r[1]), num(r[2]), (byte[]) r[3]));
    }

    @Override
    public boolean lockForMaking(int year) {
        // SKIP LOCKED: a make of the same year elsewhere holds the row; this one gets no row and skips instead of waiting
        return !em().createNativeQuery("select year from year_report where year = ? for update skip locked").setParameter(1, year)
                .getResultList().isEmpty();
    }

    @Override
    public void keep(Kept report) {
        em().createNativeQuery("update year_report set made_at = ?, as_of = ?, millis = ?, report = ? where year = ?")
                .setParameter(1, java.time.LocalDateTime.ofInstant(report.madeAt(), java.time.ZoneOffset.UTC)).setParameter(2, report.asOf())
                .setParameter(3, report.millis()).setParameter(4, report.report()).setParameter(5, report.year()).executeUpdate();
    }

    private static java.time.Instant utc(Object o) {
        java.time.LocalDateTime t = o instanceof Timestamp ts ? ts.toLocalDateTime() : (java.time.LocalDateTime) o;
        return t.toInstant(java.time.ZoneOffset.UTC);
    }

    /** @return the background unit while a report is made ({@code @LongQueries}), the requests' otherwise */
    private EntityManager em() {
        return BackgroundTransaction.pick(requests, background, transaction);
    }

    private Map<String, Long> counts(String sql, Map<String, Object> params) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Object[] r : rows(sql, params)) {
            long n = num(r[1]);
            if (n > 0) {
                out.put(String.valueOf(r[0]), n);
            }
        }
        return out;
    }

    private static Map<String, Object> times(LocalDate from, LocalDate to) {
        return Map.of("from", from, "to", to, "fromTime", Timestamp.valueOf(from.atStartOfDay()), "toTime", Timestamp.valueOf(to.atStartOfDay()));
    }

    /** Runs a statement whose parameters are written {@code :name}, each bound in order of appearance. */
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        Matcher m = PARAMETER.matcher(sql);
        List<Object> values = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        while (m.find()) {
            if (!params.containsKey(m.group(1))) {
                throw new IllegalArgumentException("no value for :" + m.group(1));
            }
            values.add(params.get(m.group(1)));
            m.appendReplacement(plain, "?");
        }
        m.appendTail(plain);
        Query q = em().createNativeQuery(plain.toString());
        for (int i = 0; i < values.size(); i++) {
            q.setParameter(i + 1, values.get(i));
        }
        List<Object[]> out = new ArrayList<>();
        for (Object o : q.getResultList()) {
            out.add(o instanceof Object[] a ? a : new Object[] {o});
        }
        return out;
    }
}
