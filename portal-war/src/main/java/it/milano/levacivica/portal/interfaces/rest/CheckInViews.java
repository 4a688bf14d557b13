package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.portal.application.TaskService.TaskWithHours;
import it.milano.levacivica.portal.domain.checkin.CheckIn;
import it.milano.levacivica.portal.domain.checkin.MeetingMode;
import it.milano.levacivica.portal.domain.checkin.Task;
import it.milano.levacivica.portal.domain.checkin.TaskStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** What the check-in and task API returns. */
public final class CheckInViews {

    private CheckInViews() {
    }

    /** A check-in. */
    public record CheckInView(long id, long serviceYearId, String volunteer, String meetingRef, LocalDateTime heldAt, MeetingMode mode,
            int minutes, ActivityType activityType, String summary, String recordedBy, boolean tutorConfirmed, boolean volunteerConfirmed,
            boolean confirmed, String volunteerRemark, long version) {
        static CheckInView of(CheckIn c) {
            return of(c, true);
        }

        /** @param texts whether the caller may read the summary and the remark (null otherwise: minimisation) */
        static CheckInView of(CheckIn c, boolean texts) {
            return new CheckInView(c.getId(), c.getServiceYear().getId(), c.getServiceYear().getVolunteer().getFullName(),
                    c.getMeetingRef(), c.getHeldAt(), c.getMode(), c.getMinutes(), c.getActivityType(), texts ? c.getSummary() : null,
                    c.getRecordedBy().getFullName(), c.getTutorConfirmedAt() != null, c.getVolunteerConfirmedAt() != null, c.isConfirmed(),
                    texts ? c.getVolunteerRemark() : null, c.getVersion());
        }
    }

    /** A task, with the minutes logged for it when known. */
    public record TaskView(long id, long serviceYearId, Long checkInId, String title, String description, ActivityType activityType,
            LocalDate dueDate, TaskStatus status, String outcome, Integer minutesLogged, String caseCode, long version) {
        static TaskView of(Task t) {
            return of(t, null);
        }

        static TaskView of(Task t, Integer minutes) {
            return new TaskView(t.getId(), t.getServiceYear().getId(), t.getCheckIn() == null ? null : t.getCheckIn().getId(),
                    t.getTitle(), t.getDescription(), t.getActivityType(), t.getDueDate(), t.getStatus(), t.getOutcome(),
                    minutes, t.getSsptCase() == null ? null : t.getSsptCase().getCode(), t.getVersion());
        }

        static TaskView of(TaskWithHours t) {
            return of(t.task(), t.minutes());
        }

        /** @param texts whether the caller may read the title, description and outcome (null otherwise: minimisation) */
        static TaskView of(TaskWithHours t, boolean texts) {
            TaskView v = of(t.task(), t.minutes());
            return texts ? v : new TaskView(v.id(), v.serviceYearId(), v.checkInId(), null, null, v.activityType(), v.dueDate(), v.status(),
                    null, v.minutesLogged(), v.caseCode(), v.version());
        }
    }
}
