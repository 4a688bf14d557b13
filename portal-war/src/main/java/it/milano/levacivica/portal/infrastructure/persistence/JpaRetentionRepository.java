package it.milano.levacivica.portal.infrastructure.persistence;

import it.milano.levacivica.portal.domain.privacy.RetentionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The retention job's work, in SQL: bulk changes of whole cases and years, in the caller's transaction. */
@ApplicationScoped
public class JpaRetentionRepository implements RetentionRepository {

    /** What an erased text that the schema requires becomes. */
    private static final String ERASED = "—";

    @PersistenceContext(unitName = "portal")
    private EntityManager em;

    @Override
    public Optional<Optional<LocalDate>> lock(String job) {
        // SKIP LOCKED: an instance that finds the row locked by another gets no row and skips, instead of waiting
        List<?> rows = em.createNativeQuery("select last_run_on from scheduled_job where name = ? for update skip locked")
                .setParameter(1, job).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Optional.ofNullable(date(rows.get(0))));
    }

    @Override
    public void finished(String job, LocalDate on, LocalDateTime startedAtUtc, LocalDateTime finishedAtUtc, String instance, String summary) {
        em.createNativeQuery("update scheduled_job set last_run_on = ?, last_started_at = ?, last_finished_at = ?, last_instance = ?,"
                + " last_summary = ?, version = version + 1 where name = ?")
                .setParameter(1, on).setParameter(2, startedAtUtc).setParameter(3, finishedAtUtc)
                .setParameter(4, cut(instance, 100)).setParameter(5, cut(summary, 300)).setParameter(6, job).executeUpdate();
    }

    @Override
    public int deleteLoginFailuresBefore(LocalDateTime utc) {
        return em.createNativeQuery("delete from login_failure where occurred_at < ?").setParameter(1, utc).executeUpdate();
    }

    @Override
    public List<CaseDue> closedCasesDue(LocalDate closedBefore) {
        List<?> rows = em.createNativeQuery("select id, code, closed_on, level, restricted from sspt_case"
                + " where phase = 'CLOSED' and closed_on < ? and personal_data_erased_on is null order by id")
                .setParameter(1, closedBefore).getResultList();
        return rows.stream().map(r -> (Object[]) r).map(r -> new CaseDue(((Number) r[0]).longValue(), (String) r[1], date(r[2]),
                "SECOND".equals(r[3]), bool(r[4]))).toList();
    }

    @Override
    public void pseudonymiseCase(long caseId, LocalDate today) {
        em.createNativeQuery("delete from case_member_change where member_id in (select id from case_member where case_id = ?)")
                .setParameter(1, caseId).executeUpdate();
        // "Persona 1", "Persona 2"... in the order the members were added: the household's size stays countable
        List<?> members = em.createNativeQuery("select id from case_member where case_id = ? order by id").setParameter(1, caseId).getResultList();
        int n = 0;
        for (Object id : members) {
            em.createNativeQuery("update case_member set full_name = ?, birth_date = null, relation = null, version = version + 1 where id = ?")
                    .setParameter(1, "Persona " + (++n)).setParameter(2, ((Number) id).longValue()).executeUpdate();
        }
        update("update sspt_case set summary = null, personal_data_erased_on = ?, version = version + 1 where id = ?", today, caseId);
        update("update case_transition set note = null where case_id = ?", caseId);
        update("update case_goal set goal = ?, actions = null, responsible = null where case_id = ?", ERASED, caseId);
        update("update case_monitoring set note = ? where case_id = ?", ERASED, caseId);
        update("update accompaniment set note = null where placement_id in (select id from placement where case_id = ?)", caseId);
        update("update pact_goal set goal = ? where placement_id in (select id from placement where case_id = ?)", ERASED, caseId);
        update("update pact_step set description = ?, outcome = null where placement_id in (select id from placement where case_id = ?)",
                ERASED, caseId);
        update("update task set title = ?, description = null, outcome = null where case_id = ?"
                + " or placement_id in (select id from placement where case_id = ?)", ERASED, caseId, caseId);
    }

    @Override
    public List<Long> finishedYearsDue(LocalDate endedBefore) {
        List<?> rows = em.createNativeQuery("select id from service_year where end_date <= ? and texts_erased_on is null order by id")
                .setParameter(1, endedBefore).getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).toList();
    }

    @Override
    public void eraseYearTexts(long serviceYearId, LocalDate today) {
        update("update hour_entry set note = null where service_year_id = ? and note is not null", serviceYearId);
        update("update check_in set summary = ?, volunteer_remark = null where service_year_id = ?", ERASED, serviceYearId);
        // a task about a case under a legal hold (a court order) or restricted keeps its text with the case
        update("update task t set t.title = ?, t.description = null, t.outcome = null where t.service_year_id = ?"
                + " and not exists (select 1 from sspt_case c left join placement p on p.case_id = c.id"
                + " where (c.id = t.case_id or p.id = t.placement_id) and (c.level = 'SECOND' or c.restricted))", ERASED, serviceYearId);
        update("update timesheet_transition tr join timesheet s on s.id = tr.timesheet_id set tr.reason = null where s.service_year_id = ?",
                serviceYearId);
        update("update service_year set texts_erased_on = ? where id = ?", today, serviceYearId);
    }

    private void update(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        q.executeUpdate();
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof java.sql.Date d ? d.toLocalDate() : o instanceof LocalDate l ? l : LocalDate.parse(o.toString().substring(0, 10));
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
