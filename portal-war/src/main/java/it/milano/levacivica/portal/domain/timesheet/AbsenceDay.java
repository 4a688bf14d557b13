package it.milano.levacivica.portal.domain.timesheet;

import it.milano.levacivica.core.rules.Absence;
import it.milano.levacivica.core.rules.AbsenceType;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** A day of leave or sickness of a service year. Mapped in {@code orm.xml}. */
public class AbsenceDay implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private ServiceYear serviceYear;
    private LocalDate date;
    private AbsenceType type;
    private long version;

    protected AbsenceDay() {
        // for JPA
    }

    public AbsenceDay(ServiceYear serviceYear, LocalDate date, AbsenceType type) {
        this.serviceYear = Objects.requireNonNull(serviceYear);
        this.date = Objects.requireNonNull(date);
        this.type = Objects.requireNonNull(type);
    }

    /** @return the value core-lib checks */
    public Absence toRule() {
        return new Absence(date, type);
    }

    public Long getId() { return id; }
    public ServiceYear getServiceYear() { return serviceYear; }
    public LocalDate getDate() { return date; }
    public AbsenceType getType() { return type; }
    public long getVersion() { return version; }
}
