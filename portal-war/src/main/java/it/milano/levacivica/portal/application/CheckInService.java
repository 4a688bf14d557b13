package it.milano.levacivica.portal.application;

import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Field;
import it.milano.levacivica.core.rules.ServiceRecord;
import it.milano.levacivica.core.rules.ValidationResult;
import it.milano.levacivica.core.rules.Violation;
import it.milano.levacivica.portal.domain.checkin.CheckIn;
import it.milano.levacivica.portal.domain.checkin.CheckInRepository;
import it.milano.levacivica.portal.domain.checkin.MeetingMode;
import it.milano.levacivica.portal.domain.checkin.Task;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Check-ins: the tutor records a meeting with one volunteer or a group (and the tasks given), the
 * volunteer confirms it or adds a remark; a volunteer may record one for the tutor to confirm. Only a
 * check-in confirmed by both counts: for core-lib's weekly rule, and as hours, which appear in the
 * volunteer's entries once, without being typed.
 */
@ApplicationScoped
@Transactional
public class CheckInService {

    /**
     * A check-in as typed.
     *
     * @param serviceYearIds one volunteer's year, or several for a group meeting
     * @param heldAt when it was held, e.g. {@code 2026-11-24T09:30} (required)
     * @param mode IN_PERSON, PHONE or VIDEO (required)
     * @param minutes how long
     * @param activityType the service activity the meeting's hours count as (when they count as service)
     * @param summary what was said, at most 1000 characters
     * @param tasks tasks given at the meeting, to each volunteer
     */
    public record CheckInCommand(List<Long> serviceYearIds, LocalDateTime heldAt, MeetingMode mode, Integer minutes, ActivityType activityType,
            String summary, List<TaskService.TaskCommand> tasks) {
    }

    /** A confirmation or a remark: the version read, and an optional remark of the volunteer. */
    public record ConfirmCommand(Long version, String remark) {
    }

    /** The tutor's week: each volunteer's check-ins this week. */
    public record WeekRow(ServiceYear year, List<CheckIn> checkIns) implements java.io.Serializable {
        public boolean isMissing() {
            return checkIns.stream().noneMatch(CheckIn::isConfirmed);
        }
    }

    @Inject
    private ServiceYearService years;
    @Inject
    private CheckInRepository repository;
    @Inject
    private HoursService hours;
    @Inject
    private TaskService tasks;
    @Inject
    private CurrentUser caller;
    @Inject
    private Clock clock;

    /**
     * Records a check-in: by the tutor (for one volunteer or a group, with tasks) or by a volunteer (for
     * their own year, no tasks). The recorder's side is confirmed at once.
     *
     * @return the check-ins, one per volunteer
     */
    public List<CheckIn> record(CheckInCommand cmd) {
        FieldCheck.of(cmd)
                .that(cmd.serviceYearIds() != null && !cmd.serviceYearIds().isEmpty() && cmd.serviceYearIds().stream().noneMatch(java.util.Objects::isNull),
                        "serviceYearIds", "validation.required")
                .required("heldAt", cmd.heldAt())
                .required("mode", cmd.mode())
                .required("minutes", cmd.minutes())
                .text("summary", cmd.summary(), 1000)
                .orThrow();
        LocalDateTime heldAt = cmd.heldAt();
        MeetingMode mode = cmd.mode();
        ActivityType activity = cmd.activityType();
        String ref = UUID.randomUUID().toString();
        List<CheckIn> out = new ArrayList<>();
        for (Long id : new java.util.LinkedHashSet<>(cmd.serviceYearIds())) {
            ServiceYear y = years.get(id);
            boolean tutor = caller.is(Role.TUTOR) && y.getTutor().getId().equals(caller.person().getId());
            boolean volunteer = y.getVolunteer().getId().equals(caller.person().getId());
            if (!tutor && !volunteer) {
                throw new AccessDeniedException("error.checkIn.notYours");
            }
            if (volunteer && !tutor && (cmd.serviceYearIds().size() > 1 || (cmd.tasks() != null && !cmd.tasks().isEmpty()))) {
                throw new AccessDeniedException("error.checkIn.volunteerAlone");
            }
            // core-lib's rules for a check-in: in the year, not after now, duration, step, daily maximum, activity
            refuseErrors(ServiceRecord.empty(HoursService.core(y)).validateCheckIn(heldAt, Duration.ofMinutes(cmd.minutes()), activity, clock));
            CheckIn c = new CheckIn(y, ref, heldAt, mode, cmd.minutes(), activity, cmd.summary(), caller.person(), LocalDateTime.now(clock));
            repository.add(c);
            if (cmd.tasks() != null) {
                for (TaskService.TaskCommand t : cmd.tasks()) {
                    tasks.create(y, c, t);
                }
            }
            out.add(c);
        }
        return out;
    }

    /**
     * Confirms a check-in from the other side. When both have confirmed, its hours are added to the
     * volunteer's entries (once), checked by core-lib.
     *
     * @param checkInId the check-in
     * @param cmd the version read (optional) and the volunteer's remark (optional)
     * @return the check-in
     */
    public CheckIn confirm(long checkInId, ConfirmCommand cmd) {
        CheckIn c = visible(checkInId);
        checkVersion(c, cmd);
        LocalDateTime now = LocalDateTime.now(clock);
        boolean both;
        if (c.getServiceYear().getVolunteer().getId().equals(caller.person().getId())) {
            checkRemark(cmd);
            both = c.confirmByVolunteer(cmd == null ? null : cmd.remark(), now);
        } else if (caller.is(Role.TUTOR) && c.getServiceYear().getTutor().getId().equals(caller.person().getId())) {
            both = c.confirmByTutor(now);
        } else {
            throw new AccessDeniedException("error.checkIn.notYours");
        }
        if (both) {
            hours.entryFromCheckIn(c);
        }
        return c;
    }

    /** The volunteer adds a remark without confirming. */
    public CheckIn remark(long checkInId, ConfirmCommand cmd) {
        CheckIn c = visible(checkInId);
        if (!c.getServiceYear().getVolunteer().getId().equals(caller.person().getId())) {
            throw new AccessDeniedException("error.checkIn.notYours");
        }
        checkVersion(c, cmd);
        checkRemark(cmd);
        if (cmd == null || cmd.remark() == null || cmd.remark().isBlank()) {
            throw InvalidInputException.of("remark", "validation.required");
        }
        c.remark(cmd.remark());
        return c;
    }

    /** @return the check-ins of a year the caller may see, held in {@code [from, to)}, newest first */
    public List<CheckIn> list(long serviceYearId, LocalDate from, LocalDate to) {
        ServiceYear y = years.get(serviceYearId);
        return repository.forYears(List.of(y.getId()), from.atStartOfDay(), to.atStartOfDay());
    }

    /** @return the caller's (volunteer's) latest check-ins, newest first, at most {@code max} */
    public List<CheckIn> mine(int max) {
        Long id = hours.mineOrNull();
        if (id == null) {
            return List.of();
        }
        return repository.latest(id, LocalDateTime.now(clock).plusDays(1), max);
    }

    /** @return for each volunteer the tutor follows, this ISO week's check-ins */
    public List<WeekRow> tutorsWeek() {
        caller.require(Role.TUTOR);
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<ServiceYear> mine = years.tutored().stream().filter(y -> y.covers(LocalDate.now(clock))).toList();
        List<CheckIn> week = repository.forYears(mine.stream().map(ServiceYear::getId).toList(), monday.atStartOfDay(),
                monday.plusWeeks(1).atStartOfDay());
        return mine.stream().map(y -> new WeekRow(y, week.stream().filter(c -> c.getServiceYear().getId().equals(y.getId()))
                .sorted(java.util.Comparator.comparing(CheckIn::getHeldAt)).toList())).toList();
    }

    /** The command's field of each kind of violation of a check-in. */
    private static String field(Field f) {
        return switch (f) {
            case DATE -> "heldAt";
            case DURATION -> "minutes";
            case ACTIVITY_TYPE -> "activityType";
            case CATEGORY, PERIOD -> "serviceYearIds";
        };
    }

    private static void refuseErrors(ValidationResult result) {
        Map<String, Violation> byField = new LinkedHashMap<>();
        result.errors().forEach(v -> byField.putIfAbsent(field(v.field()), v));
        if (!byField.isEmpty()) {
            throw InvalidInputException.ofRules(byField);
        }
    }

    private CheckIn visible(long id) {
        CheckIn c = repository.find(id).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (!years.maySee(c.getServiceYear())) {
            throw new NotFoundException("error.notFound");
        }
        return c;
    }

    private static void checkVersion(CheckIn c, ConfirmCommand cmd) {
        if (cmd != null && cmd.version() != null && cmd.version() != c.getVersion()) {
            throw new StaleVersionException("error.stale");
        }
    }

    private static void checkRemark(ConfirmCommand cmd) {
        if (cmd != null && cmd.remark() != null && cmd.remark().length() > 1000) {
            throw InvalidInputException.of("remark", "validation.note");
        }
    }

}
