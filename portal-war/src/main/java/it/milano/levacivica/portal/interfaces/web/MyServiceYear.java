package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.core.forecast.PaceForecast;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.RuleSet;
import it.milano.levacivica.core.rules.ServiceRecord;
import it.milano.levacivica.portal.application.ServiceYearService;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The volunteer's home: my service year, its dates and the programme's targets from core-lib. */
@Named
@ViewScoped
public class MyServiceYear implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A category's target, for the table. */
    public record Target(Category category, long hours) implements Serializable {
    }

    @Inject
    private transient ServiceYearService years;
    @Inject
    private transient Clock clock;

    private ServiceYearSummary year;
    private List<Target> targets = List.of();
    private int serviceDaysTotal;
    private int serviceDaysElapsed;
    private double steadyWeeklyHours;
    private long totalTarget;

    /** What the page shows of the year. */
    public record ServiceYearSummary(String projectName, String seatAddress, String tutorName, LocalDate startDate,
            LocalDate lastDay, String status, String programme) implements Serializable {
    }

    @PostConstruct
    void load() {
        List<ServiceYear> mine = years.mine();
        if (mine.isEmpty()) {
            return;
        }
        ServiceYear y = mine.get(0);
        year = new ServiceYearSummary(y.getProject().getName(), y.getProject().getSeatAddress(), y.getTutor().getFullName(),
                y.getStartDate(), y.getLastDay(), y.getStatus().name(), y.getProject().getProgramme());
        RuleSet rules = ServiceYearService.ruleSetOf(y.getProject());
        targets = Arrays.stream(Category.values()).map(c -> new Target(c, rules.target(c).toHours())).toList();
        totalTarget = rules.totalTarget().toHours();
        PaceForecast f = PaceForecast.of(ServiceRecord.empty(it.milano.levacivica.core.rules.ServiceYear.of(y.getStartDate(), rules)),
                LocalDate.now(clock));
        serviceDaysTotal = f.serviceDaysTotal();
        serviceDaysElapsed = f.serviceDaysElapsed();
        steadyWeeklyHours = f.steadyWeekly().toMinutes() / 60.0;
    }

    public ServiceYearSummary getYear() { return year; }
    public List<Target> getTargets() { return targets; }
    public long getTotalTarget() { return totalTarget; }
    public int getServiceDaysTotal() { return serviceDaysTotal; }
    public int getServiceDaysElapsed() { return serviceDaysElapsed; }
    public int getServiceDaysLeft() { return serviceDaysTotal - serviceDaysElapsed; }
    public double getSteadyWeeklyHours() { return steadyWeeklyHours; }

    /** @return percentage of the year's service days already past */
    public int getPercentElapsed() {
        return serviceDaysTotal == 0 ? 0 : (int) Math.round(100.0 * serviceDaysElapsed / serviceDaysTotal);
    }
}
