package it.milano.levacivica.portal.domain.timesheet;

import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.HourEntry;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import java.io.Serializable;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Hours a volunteer logged: a day, a category, a duration in minutes, for service the activity, and a
 * note. The rules are core-lib's; {@link #toRule()} is the value they check. Mapped in {@code orm.xml}.
 */
public class TimeEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private ServiceYear serviceYear;
    private LocalDate date;
    private Category category;
    private int minutes;
    private ActivityType activityType;
    private String note;
    private String idempotencyKey;
    private it.milano.levacivica.portal.domain.checkin.Task task;
    private it.milano.levacivica.portal.domain.checkin.CheckIn checkIn;
    private LocalDateTime createdAt;
    private long version;

    protected TimeEntry() {
        // for JPA
    }

    public TimeEntry(ServiceYear serviceYear, LocalDate date, Category category, int minutes, ActivityType activityType,
            String note, String idempotencyKey, LocalDateTime createdAt) {
        this.serviceYear = Objects.requireNonNull(serviceYear);
        this.idempotencyKey = idempotencyKey;
        this.createdAt = Objects.requireNonNull(createdAt);
        change(date, category, minutes, activityType, note);
    }

    /** Changes what the entry says. */
    public void change(LocalDate date, Category category, int minutes, ActivityType activityType, String note) {
        this.date = Objects.requireNonNull(date);
        this.category = Objects.requireNonNull(category);
        this.minutes = minutes;
        this.activityType = category == Category.SERVICE ? activityType : null;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** @param task the task these hours served, or null */
    public void serve(it.milano.levacivica.portal.domain.checkin.Task task) {
        this.task = task;
    }

    /** @param checkIn the confirmed check-in these hours come from */
    public void fromCheckIn(it.milano.levacivica.portal.domain.checkin.CheckIn checkIn) {
        this.checkIn = checkIn;
    }

    /** @return the value core-lib checks */
    public HourEntry toRule() {
        return new HourEntry(date, category, Duration.ofMinutes(minutes), activityType);
    }

    public Long getId() { return id; }
    public ServiceYear getServiceYear() { return serviceYear; }
    public LocalDate getDate() { return date; }
    public Category getCategory() { return category; }
    public int getMinutes() { return minutes; }
    public ActivityType getActivityType() { return activityType; }
    public String getNote() { return note; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public it.milano.levacivica.portal.domain.checkin.Task getTask() { return task; }
    public it.milano.levacivica.portal.domain.checkin.CheckIn getCheckIn() { return checkIn; }
    public LocalDateTime getCreatedAt() { return createdAt; }
    public long getVersion() { return version; }
}
