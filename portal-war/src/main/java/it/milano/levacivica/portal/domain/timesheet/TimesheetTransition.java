package it.milano.levacivica.portal.domain.timesheet;

import it.milano.levacivica.portal.domain.people.Person;
import java.io.Serializable;
import java.time.LocalDateTime;

/** A change of a timesheet's status: who, when, from what to what, why. Append-only. */
public class TimesheetTransition implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Timesheet timesheet;
    private TimesheetStatus fromStatus;
    private TimesheetStatus toStatus;
    private Person actor;
    private LocalDateTime occurredAt;
    private String reason;
    private long version;

    protected TimesheetTransition() {
        // for JPA
    }

    TimesheetTransition(Timesheet timesheet, TimesheetStatus from, TimesheetStatus to, Person actor, LocalDateTime at, String reason) {
        this.timesheet = timesheet;
        this.fromStatus = from;
        this.toStatus = to;
        this.actor = actor;
        this.occurredAt = at;
        this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public Long getId() { return id; }
    public Timesheet getTimesheet() { return timesheet; }
    public TimesheetStatus getFromStatus() { return fromStatus; }
    public TimesheetStatus getToStatus() { return toStatus; }
    public Person getActor() { return actor; }
    public LocalDateTime getOccurredAt() { return occurredAt; }
    public String getReason() { return reason; }
    public long getVersion() { return version; }
}
