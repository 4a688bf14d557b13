package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.ServiceYearService;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The tutor's home: the volunteers they follow. */
@Named
@ViewScoped
public class MyVolunteers implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One row of the table. */
    public record Row(long serviceYearId, String volunteer, String project, LocalDate startDate, LocalDate lastDay,
            String status, int percentOfYear) implements Serializable {
    }

    @Inject
    private transient ServiceYearService years;
    @Inject
    private transient Clock clock;

    private List<Row> rows = List.of();

    @PostConstruct
    void load() {
        LocalDate today = LocalDate.now(clock);
        rows = years.tutored().stream().map(y -> row(y, today)).toList();
    }

    private static Row row(ServiceYear y, LocalDate today) {
        long total = ChronoUnit.DAYS.between(y.getStartDate(), y.getEndDate());
        long done = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(y.getStartDate(), today) + 1));
        return new Row(y.getId(), y.getVolunteer().getFullName(), y.getProject().getName(), y.getStartDate(), y.getLastDay(),
                y.getStatus().name(), (int) Math.round(100.0 * done / total));
    }

    public List<Row> getRows() { return rows; }
}
