package it.milano.levacivica.portal.domain.checkin;

import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * An operational task the tutor gives a volunteer, usually at a check-in: what to do, which of the
 * seed's five activities, by when; the volunteer marks it done with a short outcome. Mapped in {@code orm.xml}.
 */
public class Task implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private ServiceYear serviceYear;
    private CheckIn checkIn;
    private it.milano.levacivica.portal.domain.sspt.SsptCase ssptCase;
    private it.milano.levacivica.portal.domain.rst.Placement placement;
    private String title;
    private String description;
    private ActivityType activityType;
    private LocalDate dueDate;
    private TaskStatus status;
    private String outcome;
    private Person createdBy;
    private LocalDateTime createdAt;
    private long version;

    protected Task() {
        // for JPA
    }

    public Task(ServiceYear serviceYear, CheckIn checkIn, String title, String description, ActivityType activityType,
            LocalDate dueDate, Person createdBy, LocalDateTime createdAt) {
        this.serviceYear = Objects.requireNonNull(serviceYear);
        this.checkIn = checkIn;
        this.createdBy = Objects.requireNonNull(createdBy);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = TaskStatus.OPEN;
        change(title, description, activityType, dueDate);
    }

    /** Changes what the task says. */
    public void change(String title, String description, ActivityType activityType, LocalDate dueDate) {
        this.title = Objects.requireNonNull(title).strip();
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.activityType = Objects.requireNonNull(activityType);
        this.dueDate = Objects.requireNonNull(dueDate);
    }

    /** @return whether the task was open and is now done */
    public boolean markDone(String outcome) {
        if (status != TaskStatus.OPEN) {
            return false;
        }
        this.status = TaskStatus.DONE;
        this.outcome = outcome == null || outcome.isBlank() ? null : outcome.strip();
        return true;
    }

    /** @return whether the task was open and is now cancelled */
    public boolean cancel() {
        if (status != TaskStatus.OPEN) {
            return false;
        }
        this.status = TaskStatus.CANCELLED;
        return true;
    }

    /** @param today the current day @return whether it is open and past its due date */
    public boolean isOverdue(LocalDate today) {
        return status == TaskStatus.OPEN && dueDate.isBefore(today);
    }

    public Long getId() { return id; }
    public ServiceYear getServiceYear() { return serviceYear; }
    public CheckIn getCheckIn() { return checkIn; }
    /** @return the SSPT case the task concerns, or null; a volunteer sees only its code */
    public it.milano.levacivica.portal.domain.sspt.SsptCase getSsptCase() { return ssptCase; }

    /** @return the RST placement the task concerns, or null */
    public it.milano.levacivica.portal.domain.rst.Placement getPlacement() { return placement; }

    /** @param p the placement the task concerns (and its case) */
    public void concern(it.milano.levacivica.portal.domain.rst.Placement p) {
        this.placement = p;
        this.ssptCase = p.getSsptCase();
    }

    /** @param c the case the task concerns */
    public void concern(it.milano.levacivica.portal.domain.sspt.SsptCase c) {
        this.ssptCase = c;
    }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public ActivityType getActivityType() { return activityType; }
    public LocalDate getDueDate() { return dueDate; }
    public TaskStatus getStatus() { return status; }
    public String getOutcome() { return outcome; }
    public Person getCreatedBy() { return createdBy; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
