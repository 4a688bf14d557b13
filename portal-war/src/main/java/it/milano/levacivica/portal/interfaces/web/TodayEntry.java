package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.portal.application.HoursService;
import it.milano.levacivica.portal.domain.timesheet.TimeEntry;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The volunteer's "today" card: today's hours in one tap. Hours, category and activity come preselected
 * (the last activity and duration used), so signing in and pressing Save is enough on a usual day; the
 * progress on the same page is refreshed in place. Without a network the card's script ({@code today.js})
 * keeps the entry on the phone and sends it through the API, with an idempotency key, when the network returns.
 */
@Named
@ViewScoped
public class TodayEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HoursService hours;
    @Inject
    private Clock clock;
    @Inject
    private MyServiceYear dashboard;

    private Long yearId;
    private int minutes = 240;
    private Category category = Category.SERVICE;
    private ActivityType activityType;
    private int loggedToday;

    @PostConstruct
    void init() {
        if (dashboard.getYear() == null) { // the same page's dashboard has read the caller's own year
            return;
        }
        yearId = dashboard.getYear().id();
        LocalDate today = LocalDate.now(clock);
        List<TimeEntry> recent = hours.entries(yearId, today.minusDays(60), today.plusDays(1));
        recent.stream().filter(e -> e.getCategory() == Category.SERVICE && e.getActivityType() != null)
                .max(Comparator.comparing(TimeEntry::getDate).thenComparing(TimeEntry::getId))
                .ifPresent(e -> {
                    activityType = e.getActivityType();
                    minutes = e.getMinutes();
                });
        loggedToday = recent.stream().filter(e -> e.getDate().equals(today)).mapToInt(TimeEntry::getMinutes).sum();
    }

    /** Saves today's hours; the progress is reloaded by the page. */
    public void save() {
        ActivityType activity = category == Category.SERVICE ? activityType : null;
        var cmd = new HoursService.EntryCommand(LocalDate.now(clock), category, minutes, activity, null, null, null);
        if (FacesFeedback.run("todayForm", () -> hours.create(yearId, cmd), "today.saved")) {
            loggedToday += minutes;
            dashboard.reload();
        }
    }

    /** Reloads today's total and the progress after the card's script sent entries kept offline. */
    public void refresh() {
        LocalDate today = LocalDate.now(clock);
        loggedToday = hours.entries(yearId, today, today.plusDays(1)).stream().mapToInt(TimeEntry::getMinutes).sum();
        dashboard.reload();
    }

    /** @return the durations offered: 15 minutes to 10 hours, in quarters of an hour */
    public List<Integer> getDurations() {
        return IntStream.rangeClosed(1, 40).map(q -> q * 15).boxed().toList();
    }

    /** @param m minutes @return them written as the portal writes hours ("4 h", "4 h 15") */
    public String label(int m) {
        jakarta.faces.context.FacesContext fc = jakarta.faces.context.FacesContext.getCurrentInstance();
        return Formats.hours(m, fc == null ? java.util.Locale.ITALIAN : fc.getViewRoot().getLocale());
    }

    /**
     * @return the durations offered with their labels, made once per request rather than by an expression per
     *         option (the dashboard is the page volunteers open most)
     */
    public List<jakarta.faces.model.SelectItem> getDurationItems() {
        return getDurations().stream().map(m -> new jakarta.faces.model.SelectItem(m, label(m))).toList();
    }

    public Category[] getCategories() { return Category.values(); }
    public ActivityType[] getActivities() { return ActivityType.values(); }
    public boolean isAvailable() { return yearId != null; }
    public Long getYearId() { return yearId; }
    public String getThemeColour() { return AppManifestServlet.THEME_COLOUR; }
    public int getLoggedToday() { return loggedToday; }
    public String getLoggedTodayText() { return label(loggedToday); }
    public int getMinutes() { return minutes; }
    public void setMinutes(int minutes) { this.minutes = minutes; }
    public Category getCategory() { return category; }
    public void setCategory(Category category) { this.category = category; }
    public ActivityType getActivityType() { return activityType; }
    public void setActivityType(ActivityType activityType) { this.activityType = activityType; }
}
