package it.milano.levacivica.portal.domain.checkin;

import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A meeting of the tutor with a volunteer (<i>incontro con il tutor</i>): the seed's daily, or at least
 * weekly, operational briefing, which is the volunteer's on-the-job training. It counts only when both
 * the tutor and the volunteer have confirmed it. A group meeting is one check-in per volunteer sharing a
 * meeting reference. Mapped in {@code orm.xml}.
 */
public class CheckIn implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private ServiceYear serviceYear;
    private String meetingRef;
    private LocalDateTime heldAt;
    private MeetingMode mode;
    private int minutes;
    private ActivityType activityType;
    private String summary;
    private Person recordedBy;
    private LocalDateTime tutorConfirmedAt;
    private LocalDateTime volunteerConfirmedAt;
    private String volunteerRemark;
    private long version;

    protected CheckIn() {
        // for JPA
    }

    public CheckIn(ServiceYear serviceYear, String meetingRef, LocalDateTime heldAt, MeetingMode mode, int minutes,
            ActivityType activityType, String summary, Person recordedBy, LocalDateTime now) {
        this.serviceYear = Objects.requireNonNull(serviceYear);
        this.meetingRef = Objects.requireNonNull(meetingRef);
        this.heldAt = Objects.requireNonNull(heldAt);
        this.mode = Objects.requireNonNull(mode);
        this.minutes = minutes;
        this.activityType = activityType;
        this.summary = Objects.requireNonNull(summary).strip();
        this.recordedBy = Objects.requireNonNull(recordedBy);
        if (recordedBy.getId().equals(serviceYear.getTutor().getId())) {
            tutorConfirmedAt = now;
        } else {
            volunteerConfirmedAt = now;
        }
    }

    /** The tutor confirms. @return whether this made it confirmed by both */
    public boolean confirmByTutor(LocalDateTime now) {
        if (tutorConfirmedAt == null) {
            tutorConfirmedAt = now;
            return isConfirmed();
        }
        return false;
    }

    /** The volunteer confirms, optionally with a remark. @return whether this made it confirmed by both */
    public boolean confirmByVolunteer(String remark, LocalDateTime now) {
        remark(remark);
        if (volunteerConfirmedAt == null) {
            volunteerConfirmedAt = now;
            return isConfirmed();
        }
        return false;
    }

    /** The volunteer adds a remark without confirming (e.g. the meeting did not go as recorded). */
    public void remark(String remark) {
        if (remark != null && !remark.isBlank()) {
            this.volunteerRemark = remark.strip();
        }
    }

    /** @return whether both sides confirmed: only then does the check-in count */
    public boolean isConfirmed() {
        return tutorConfirmedAt != null && volunteerConfirmedAt != null;
    }

    public Long getId() { return id; }
    public ServiceYear getServiceYear() { return serviceYear; }
    public String getMeetingRef() { return meetingRef; }
    public LocalDateTime getHeldAt() { return heldAt; }
    public MeetingMode getMode() { return mode; }
    public int getMinutes() { return minutes; }
    public ActivityType getActivityType() { return activityType; }
    public String getSummary() { return summary; }
    public Person getRecordedBy() { return recordedBy; }
    public LocalDateTime getTutorConfirmedAt() { return tutorConfirmedAt; }
    public LocalDateTime getVolunteerConfirmedAt() { return volunteerConfirmedAt; }
    public String getVolunteerRemark() { return volunteerRemark; }
    public long getVersion() { return version; }
}
