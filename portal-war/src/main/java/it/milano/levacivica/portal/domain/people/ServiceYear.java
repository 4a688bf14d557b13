package it.milano.levacivica.portal.domain.people;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One volunteer's year of service in a project, followed by one tutor. The end date is derived from
 * the project's rule set in core-lib ({@code it.milano.levacivica.core.rules.ServiceYear}), never typed.
 * Mapped to the {@code service_year} table in {@code META-INF/orm.xml}.
 */
public class ServiceYear implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private Person volunteer;
    private Project project;
    private Person tutor;
    private LocalDate startDate;
    private LocalDate endDate;
    private ServiceYearStatus status;
    private LocalDate textsErasedOn;
    private long version;

    protected ServiceYear() {
        // for JPA
    }

    /**
     * @param volunteer the volunteer
     * @param project the project
     * @param tutor the tutor
     * @param startDate first day of service
     * @param endDate the day after the last day, as core-lib derives it
     */
    public ServiceYear(Person volunteer, Project project, Person tutor, LocalDate startDate, LocalDate endDate) {
        this.volunteer = Objects.requireNonNull(volunteer);
        this.status = ServiceYearStatus.ACTIVE;
        assign(project, tutor, startDate, endDate);
    }

    public Long getId() { return id; }
    public Person getVolunteer() { return volunteer; }
    public Project getProject() { return project; }
    public Person getTutor() { return tutor; }
    public LocalDate getStartDate() { return startDate; }
    /** @return the day after the last day of service (exclusive) */
    public LocalDate getEndDate() { return endDate; }
    public ServiceYearStatus getStatus() { return status; }
    /** @return the day the retention job erased this year's texts (notes, check-in summaries, task texts), or null */
    public LocalDate getTextsErasedOn() { return textsErasedOn; }
    public long getVersion() { return version; }

    /** @return the last day of service (inclusive) */
    public LocalDate getLastDay() {
        return endDate.minusDays(1);
    }

    /** Changes project, tutor and dates together. */
    public void assign(Project project, Person tutor, LocalDate startDate, LocalDate endDate) {
        this.project = Objects.requireNonNull(project);
        this.tutor = Objects.requireNonNull(tutor);
        this.startDate = Objects.requireNonNull(startDate);
        this.endDate = Objects.requireNonNull(endDate);
    }

    /** @param status the new status */
    public void changeStatus(ServiceYearStatus status) {
        this.status = Objects.requireNonNull(status);
    }

    /** @param day a day @return whether the day is inside {@code [start, end)} */
    public boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && day.isBefore(endDate);
    }
}
