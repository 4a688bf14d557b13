package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.portal.application.TaskService.TaskWithHours;
import it.milano.levacivica.portal.domain.checkin.CheckIn;
import it.milano.levacivica.portal.domain.checkin.Task;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** What the check-in and task API returns. */
public final class CheckInViews {

    private CheckInViews() {
    }

    /** A check-in. */
    public record CheckInView(long id, long serviceYearId, String volunteer, String meetingRef, LocalDateTime heldAt, String mode,
            int minutes, String activityType, String summary, String recordedBy, boolean tutorConfirmed, boolean volunteerConfirmed,
            boolean confirmed, String volunteerRemark, long version) {
        static CheckInView of(CheckIn c) {
            return new CheckInView(c.getId(), c.getServiceYear().getId(), c.getServiceYear().getVolunteer().getFullName(),
                    c.getMeetingRef(), c.getHeldAt(), c.getMode().name(), c.getMinutes(),
                    c.getActivityType() == null ? null : c.getActivityType().name(), c.getSummary(), c.getRecordedBy().getFullName(),
                    c.getTutorConfirmedAt() != null, c.getVolunteerConfirmedAt() != null, c.isConfirmed(), c.getVolunteerRemark(),
                    c.getVersion());
        }
    }

    /** A task, with the minutes logged for it when known. */
    public record TaskView(long id, long serviceYearId, Long checkInId, String title, String description, String activityType,
            LocalDate dueDate, String status, String outcome, Integer minutesLogged, String caseCode, long version) {
        static TaskView of(Task t) {
            return of(t, null);
        }

        static TaskView of(Task t, Integer minutes) {
            return new TaskView(t.getId(), t.getServiceYear().getId(), t.getCheckIn() == null ? null : t.getCheckIn().getId(),
                    t.getTitle(), t.getDescription(), t.getActivityType().name(), t.getDueDate(), t.getStatus().name(), t.getOutcome(),
                    minutes, t.getSsptCase() == null ? null : t.getSsptCase().getCode(), t.getVersion());
        }

        static TaskView of(TaskWithHours t) {
            return of(t.task(), t.minutes());
        }
    }
}
