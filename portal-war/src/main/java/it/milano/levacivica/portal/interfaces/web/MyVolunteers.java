package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.core.rules.Violation;
import it.milano.levacivica.portal.application.HoursService;
import it.milano.levacivica.portal.application.HoursService.YearStatus;
import it.milano.levacivica.portal.application.ServiceYearService;
import it.milano.levacivica.portal.application.TimesheetService;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.domain.timesheet.Timesheet;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The tutor's home: each volunteer they follow with progress and pace, the warnings of the last weeks,
 * and the months waiting for approval (approve from the list, or open the month).
 */
@Named
@ViewScoped
public class MyVolunteers implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One volunteer. */
    public record Row(long serviceYearId, String volunteer, String project, LocalDate startDate, LocalDate lastDay,
            String status, int percent, String pace, double requiredWeeklyHours, List<String> warnings) implements Serializable {
    }

    /** A month waiting for the tutor. */
    public record Waiting(long serviceYearId, String volunteer, String month, long version) implements Serializable {
    }

    @Inject
    private ServiceYearService years;
    @Inject
    private HoursService hours;
    @Inject
    private TimesheetService timesheets;
    @Inject
    private Clock clock;

    private List<Row> rows = List.of();
    private List<Waiting> waiting = List.of();
    private List<String> missingThisWeek = List.of();

    @Inject
    private it.milano.levacivica.portal.application.CheckInService checkIns;

    @PostConstruct
    void load() {
        Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        LocalDate recent = LocalDate.now(clock).minusWeeks(4);
        rows = years.tutored().stream().map(y -> row(y, hours.status(y.getId()), locale, recent)).toList();
        waiting = timesheets.waitingForMe().stream().map(MyVolunteers::waiting).toList();
        missingThisWeek = checkIns.tutorsWeek().stream().filter(it.milano.levacivica.portal.application.CheckInService.WeekRow::isMissing)
                .map(w -> w.year().getVolunteer().getFullName()).toList();
    }

    private Row row(ServiceYear y, YearStatus s, Locale locale, LocalDate recent) {
        List<String> warnings = hours.recentWarnings(s.record(), recent).stream().map((Violation v) -> v.message(locale)).limit(4).toList();
        return new Row(y.getId(), y.getVolunteer().getFullName(), y.getProject().getName(), y.getStartDate(), y.getLastDay(),
                y.getStatus().name(), (int) Math.floor(s.progress().percent()), s.forecast().pace().name(),
                Math.round(s.forecast().requiredWeekly().toMinutes() / 6.0) / 10.0, warnings);
    }

    private static Waiting waiting(Timesheet t) {
        return new Waiting(t.getServiceYear().getId(), t.getServiceYear().getVolunteer().getFullName(), t.getMonth().toString(), t.getVersion());
    }

    /** @param w a month to approve straight from the list */
    public List<Row> getRows() { return rows; }
    public List<Waiting> getWaiting() { return waiting; }
    public List<String> getMissingThisWeek() { return missingThisWeek; }
}
