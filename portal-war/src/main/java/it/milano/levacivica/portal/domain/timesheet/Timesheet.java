package it.milano.levacivica.portal.domain.timesheet;

import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * One month of a service year, as the volunteer submits it and the tutor approves it. The allowed
 * transitions live here: submit (open or rejected → submitted), approve and reject (submitted →),
 * reopen (approved → open). Mapped in {@code orm.xml}.
 */
public class Timesheet implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private ServiceYear serviceYear;
    private String month;
    private TimesheetStatus status;
    private long version;

    protected Timesheet() {
        // for JPA
    }

    public Timesheet(ServiceYear serviceYear, YearMonth month) {
        this.serviceYear = Objects.requireNonNull(serviceYear);
        this.month = month.toString();
        this.status = TimesheetStatus.OPEN;
    }

    public Long getId() { return id; }
    public ServiceYear getServiceYear() { return serviceYear; }
    public YearMonth getMonth() { return YearMonth.parse(month); }
    public TimesheetStatus getStatus() { return status; }
    public long getVersion() { return version; }

    /**
     * Moves to another status if the transition is allowed.
     *
     * @param to the new status
     * @param actor who does it
     * @param reason why (required for reject and reopen)
     * @param now when
     * @return the record of the transition, or empty if it is not allowed from the current status
     */
    public Optional<TimesheetTransition> move(TimesheetStatus to, Person actor, String reason, LocalDateTime now) {
        boolean allowed = switch (to) {
            case SUBMITTED -> status.isOpen();
            case APPROVED, REJECTED -> status == TimesheetStatus.SUBMITTED;
            case OPEN -> status == TimesheetStatus.APPROVED;
        };
        if (!allowed) {
            return Optional.empty();
        }
        TimesheetTransition t = new TimesheetTransition(this, status, to, actor, now, reason);
        status = to;
        return Optional.of(t);
    }
}
