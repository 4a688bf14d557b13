package it.milano.levacivica.portal.application;

import it.milano.levacivica.core.forecast.Pace;
import it.milano.levacivica.core.forecast.PaceForecast;
import it.milano.levacivica.core.forecast.Progress;
import it.milano.levacivica.core.rules.ServiceRecord;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.people.ServiceYearRepository;
import it.milano.levacivica.portal.domain.reminder.ReminderKind;
import it.milano.levacivica.portal.domain.reminder.ReminderRepository;
import it.milano.levacivica.portal.domain.reminder.ReminderRepository.Delivery;
import it.milano.levacivica.portal.domain.reminder.ReminderRepository.Due;
import it.milano.levacivica.portal.domain.reminder.ReminderRepository.Setting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * E-mail reminders: which are due on a day (made once each: person, kind, subject, period), their delivery
 * state, and each person's choices. Times are the portal's clock (Rome); nothing here reads the system time.
 * The scheduled run ({@code infrastructure.ReminderSchedule}) leases the job, calls {@link #collect}, then
 * delivers each reminder in a transaction of its own.
 */
@ApplicationScoped
public class ReminderService {

    /** The name of the job's row in {@code job_lease}. */
    public static final String JOB = "reminders";
    /** Attempts before a failed reminder is left as FAILED for good. */
    public static final int MAX_ATTEMPTS = 5;

    /** What one collection made, by kind. */
    public record Collected(Map<ReminderKind, Integer> made) {
        public int total() {
            return made.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** A person's reminder choices as pages and the API show them. */
    public record Choices(String language, Set<ReminderKind> available, Set<ReminderKind> enabled) {
    }

    @Inject
    private ReminderRepository repository;
    @Inject
    private ServiceYearRepository years;
    @Inject
    private HoursService hours;
    @Inject
    private CurrentUser caller;
    @Inject
    private Clock clock;
    @Inject
    @ConfigProperty(name = "portal.reminders.monthDays", defaultValue = "5")
    private int monthDays;
    @Inject
    @ConfigProperty(name = "portal.reminders.approvalDays", defaultValue = "3")
    private int approvalDays;

    // ------------------------------------------------------------------ the job

    /**
     * Takes the job's lease for this instance, in a transaction of its own: the row is locked while deciding,
     * so two instances never both take it.
     *
     * @param owner this instance's name
     * @param length how long the lease lasts (a crashed run frees it then)
     * @return whether this instance may run
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean lease(String owner, Duration length) {
        LocalDateTime now = LocalDateTime.now(clock);
        return repository.lease(JOB, owner, now, now.plus(length));
    }

    /** Frees the lease, recording the outcome of the run. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String owner, String outcome) {
        repository.release(JOB, owner, LocalDateTime.now(clock), outcome);
    }

    /**
     * Makes every reminder due today that was not made before, for people who did not turn its kind off.
     *
     * @return how many were made, by kind
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Collected collect() {
        LocalDate day = LocalDate.now(clock);
        LocalDateTime now = LocalDateTime.now(clock);
        Map<ReminderKind, Set<Long>> holders = new EnumMap<>(ReminderKind.class);
        for (ReminderKind k : ReminderKind.values()) {
            holders.put(k, new HashSet<>(repository.peopleWithRole(k.role().name())));
        }
        List<Due> due = new ArrayList<>();
        String thisWeek = week(day);

        YearMonth lastMonth = YearMonth.from(day).minusMonths(1);
        boolean monthDue = !day.isBefore(submissionDue(lastMonth));
        LocalDate lastMonday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        List<ReminderRepository.ActiveYear> active = repository.activeYears(day, lastMonth.atDay(1));
        if (monthDue) {
            List<Long> inMonth = active.stream().filter(y -> !y.start().isAfter(lastMonth.atEndOfMonth())).map(ReminderRepository.ActiveYear::id)
                    .toList();
            Set<Long> missing = new HashSet<>(repository.withoutSubmittedMonth(inMonth, lastMonth));
            active.stream().filter(y -> missing.contains(y.id())).forEach(y -> due.add(new Due(y.volunteerId(), ReminderKind.MONTH_NOT_SUBMITTED,
                    "Y" + y.id(), lastMonth.toString(), null, lastMonth.toString(),
                    "/year/month.xhtml?id=" + y.id() + "&month=" + lastMonth)));
        }
        List<Long> fullWeek = active.stream().filter(y -> !y.start().isAfter(lastMonday) && !y.end().isBefore(lastMonday.plusDays(6)))
                .map(ReminderRepository.ActiveYear::id).toList();
        Set<Long> met = repository.withConfirmedCheckIn(fullWeek, lastMonday, lastMonday.plusWeeks(1));
        String lastWeek = week(lastMonday);
        active.stream().filter(y -> fullWeek.contains(y.id()) && !met.contains(y.id()))
                .forEach(y -> due.add(new Due(y.volunteerId(), ReminderKind.WEEK_WITHOUT_CHECK_IN, "Y" + y.id(), lastWeek, null,
                        lastMonday.toString(), "/volunteer/home.xhtml")));
        for (ReminderRepository.ActiveYear y : active) {
            if (y.end().isBefore(day)) {
                continue;
            }
            // core-lib decides the pace; a year behind reminds its tutor once a week
            years.find(y.id()).ifPresent(sy -> {
                ServiceRecord record = hours.record(sy);
                if (PaceForecast.of(record, Progress.of(record, day)).pace() == Pace.BEHIND) {
                    due.add(new Due(y.tutorId(), ReminderKind.VOLUNTEER_BEHIND, "Y" + y.id(), thisWeek, null, null, "/tutor/home.xhtml"));
                }
            });
        }
        for (ReminderRepository.Waiting w : repository.waitingSince(now.minusDays(approvalDays))) {
            due.add(new Due(w.tutorId(), ReminderKind.TIMESHEET_WAITING, "T" + w.timesheetId(), w.month(), null, w.month(),
                    "/year/month.xhtml?id=" + w.serviceYearId() + "&month=" + w.month()));
        }
        for (ReminderRepository.LateTask t : repository.lateCaseTasks(day)) {
            due.add(new Due(t.creatorId(), ReminderKind.TASK_PAST_DUE, "K" + t.taskId(), t.due().toString(), t.caseCode(), t.due().toString(),
                    "/socialworker/home.xhtml"));
        }
        for (ReminderRepository.PlacementAlert p : repository.placementsStartedBy(day.minusMonths(16), day)) {
            due.add(new Due(p.responsibleId(), ReminderKind.PLACEMENT_16_MONTHS, "P" + p.id(), "16m", p.caseCode(), p.date().toString(),
                    "/socialworker/placement.xhtml?id=" + p.id()));
        }
        for (ReminderRepository.PlacementAlert s : repository.overduePactSteps(day)) {
            due.add(new Due(s.responsibleId(), ReminderKind.PACT_STEP_OVERDUE, "S" + s.id(), s.date().toString(), s.caseCode(),
                    s.date().toString(), "/socialworker/home.xhtml"));
        }
        ReminderRepository.Digest d = repository.digest(day);
        String counts = d.activeYears() + "," + d.monthsWaiting() + "," + d.lateTasks() + "," + d.overdueSteps();
        for (long coordinator : holders.get(ReminderKind.WEEKLY_DIGEST)) {
            due.add(new Due(coordinator, ReminderKind.WEEKLY_DIGEST, "ALL", thisWeek, null, counts, "/coordinator/serviceYears.xhtml"));
        }

        Map<ReminderKind, Integer> made = new EnumMap<>(ReminderKind.class);
        Map<Long, Setting> settings = new java.util.HashMap<>();
        for (Due r : due) {
            if (!holders.get(r.kind()).contains(r.personId())) {
                continue; // the person no longer holds the role that receives it
            }
            Setting s = settings.computeIfAbsent(r.personId(), repository::setting);
            if (s.optedOut().contains(r.kind())) {
                continue;
            }
            if (repository.make(r, now)) {
                made.merge(r.kind(), 1, Integer::sum);
            }
        }
        return new Collected(made);
    }

    /** @return the reminders due for delivery now (PENDING, or FAILED and due again) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Delivery> toDeliver() {
        return repository.toDeliver(LocalDateTime.now(clock), MAX_ATTEMPTS, 500);
    }

    /** @return the person's setting, read now (a choice made since the reminder was made still counts) */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Setting settingOf(long personId) {
        return repository.setting(personId);
    }

    /** Records a delivery's outcome in a transaction of its own. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void delivered(long id) {
        repository.sent(id, LocalDateTime.now(clock));
    }

    /** Records a failed attempt: retried after 15 minutes, then 30, 60... */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void failed(Delivery d, String error) {
        long minutes = 15L << Math.min(d.attempts(), 6);
        repository.failed(d.id(), error, LocalDateTime.now(clock).plusMinutes(minutes));
    }

    /** Records that a reminder will not be sent, and why. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void skipped(long id, String why) {
        repository.skipped(id, why);
    }

    // ------------------------------------------------------------------ people's choices

    /** @return the caller's choices: language and the kinds of their roles that are on */
    @Transactional
    public Choices mine() {
        Setting s = repository.setting(caller.person().getId());
        Set<ReminderKind> available = available();
        Set<ReminderKind> enabled = EnumSet.noneOf(ReminderKind.class);
        available.stream().filter(k -> !s.optedOut().contains(k)).forEach(enabled::add);
        return new Choices(s.language(), available, enabled);
    }

    /**
     * Saves the caller's choices.
     *
     * @param language "it" or "en" (required)
     * @param enabled the kinds to receive; those of the caller's roles left out are turned off
     * @return the choices as saved
     */
    @Transactional
    public Choices save(String language, Set<ReminderKind> enabled) {
        if (language == null || language.isBlank()) {
            throw InvalidInputException.of("language", "validation.required");
        }
        if (!"it".equals(language) && !"en".equals(language)) {
            throw InvalidInputException.of("language", "reminders.language.invalid");
        }
        Set<ReminderKind> on = enabled == null ? Set.of() : enabled;
        Set<ReminderKind> out = EnumSet.noneOf(ReminderKind.class);
        Set<ReminderKind> kept = new HashSet<>(repository.setting(caller.person().getId()).optedOut());
        for (ReminderKind k : available()) {
            kept.remove(k);
            if (!on.contains(k)) {
                out.add(k);
            }
        }
        out.addAll(kept); // kinds of roles the caller no longer holds stay as they were chosen
        repository.saveSetting(caller.person().getId(), new Setting(language, Set.copyOf(out)));
        return mine();
    }

    private Set<ReminderKind> available() {
        Set<ReminderKind> kinds = EnumSet.noneOf(ReminderKind.class);
        for (ReminderKind k : ReminderKind.values()) {
            if (caller.is(k.role())) {
                kinds.add(k);
            }
        }
        return kinds;
    }

    // ------------------------------------------------------------------ the administrator's view

    /** The state of the job and of the latest reminders. */
    public record Overview(ReminderRepository.JobState job, Map<String, Long> counts, List<Delivery> latest) {
    }

    /** Administrator only. @return the job's state, counts by status and the latest 200 reminders */
    @Transactional
    public Overview overview() {
        caller.require(Role.ADMIN);
        return new Overview(repository.job(JOB).orElse(null), repository.countsByStatus(), repository.latest(200));
    }

    /** @throws AccessDeniedException unless the caller is an administrator (running the job by hand) */
    public void requireAdmin() {
        caller.require(Role.ADMIN);
    }

    /**
     * The day by which a month's timesheet should be with the tutor: {@code portal.reminders.monthDays} (5) days after
     * the month's end, the day its reminder is sent. core-lib has no such rule (the programme's documents set no
     * deadline), so this configuration is the one place that says it; the calendar feed shows the same day.
     *
     * @param month a month of service
     * @return the day the month is due
     */
    public LocalDate submissionDue(YearMonth month) {
        return month.atEndOfMonth().plusDays(monthDays);
    }

    /**
     * The day by which the tutor should decide a submitted month: {@code portal.reminders.approvalDays} (3) days after
     * its submission, when its reminder is sent (the run of that day sends it once the time of day has passed).
     *
     * @param submittedAt when the month was last submitted (Rome)
     * @return the day
     */
    public LocalDate approvalDue(LocalDateTime submittedAt) {
        return submittedAt.plusDays(approvalDays).toLocalDate();
    }

    /** @return the ISO week of a day, e.g. 2026-W21 */
    static String week(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
