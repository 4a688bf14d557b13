package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.portal.application.CaseStatistics;
import it.milano.levacivica.portal.application.SmallCells;
import it.milano.levacivica.portal.application.YearReport;
import it.milano.levacivica.portal.application.YearReportService;
import it.milano.levacivica.portal.interfaces.export.ReportText;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The coordinator's page of the year's report: a year chosen with a plain GET form ({@code ?year=}), the report's
 * tables, three charts (each with its table as the text alternative) and the links to the PDF and the XLSX. Request
 * scoped: the page never posts back. A year whose first report is still being made (at national scale) shows a notice
 * and a link to load the page again.
 */
@Named
@RequestScoped
public class YearReportPage {

    /** A row of a table: the project (null for all), what it is about, a figure, another, a share; {@code overall} for the total rows. */
    public record Row(String project, String label, long value, long other, Double share, boolean overall) {
    }

    /** A row of the contributions: what is counted, the cell, its count as shown. */
    public record CountRow(String what, String cell, String shown) {
    }

    @Inject
    private YearReportService reports;

    private int year;
    private List<Integer> years;
    private YearReport report;
    private Locale locale;
    private String hoursChart;
    private String activitiesChart;
    private String checkInsChart;

    @PostConstruct
    void load() {
        FacesContext fc = FacesContext.getCurrentInstance();
        locale = fc.getViewRoot() == null ? Locale.ITALIAN : fc.getViewRoot().getLocale();
        years = reports.years();
        String asked = fc.getExternalContext().getRequestParameterMap().get("year");
        year = asked != null && asked.matches("[0-9]{4}") && years.contains(Integer.parseInt(asked)) ? Integer.parseInt(asked) : years.get(0);
        report = reports.report(year, "page").orElse(null);
        if (report == null) {
            return; // never made yet, and still being made: the page says so
        }
        YearReport.Figures all = report.overall();

        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder done = Json.createArrayBuilder();
        JsonArrayBuilder target = Json.createArrayBuilder();
        for (YearReport.CategoryHours h : all.hours()) {
            labels.add(FacesFeedback.text("category." + h.category().name()));
            done.add(Math.round(h.minutes() / 6.0) / 10.0);
            target.add(Math.round(h.targetMinutes() / 6.0) / 10.0);
        }
        hoursChart = chart("bar", labels, Json.createArrayBuilder()
                .add(dataset(FacesFeedback.text("report.done") + " (h)", done, "#0b5394"))
                .add(dataset(FacesFeedback.text("report.target") + " (h)", target, "#b45309")), false);

        labels = Json.createArrayBuilder();
        JsonArrayBuilder hours = Json.createArrayBuilder();
        for (Map.Entry<String, Long> a : all.serviceByActivity().entrySet()) {
            labels.add(ReportText.activity(a.getKey(), locale));
            hours.add(Math.round(a.getValue() / 6.0) / 10.0);
        }
        activitiesChart = chart("bar", labels, Json.createArrayBuilder().add(dataset(FacesFeedback.text("report.done") + " (h)", hours, "#1e7b34")),
                true);

        YearReport.CheckIns c = all.checkIns();
        checkInsChart = chart("bar", Json.createArrayBuilder().add(FacesFeedback.text("report.checkIns.none"))
                .add(FacesFeedback.text("report.checkIns.oneToFour")).add(FacesFeedback.text("report.checkIns.fiveOrMore")),
                Json.createArrayBuilder().add(dataset(FacesFeedback.text("report.checkIns.weeks"),
                        Json.createArrayBuilder().add(c.weeksWithNone()).add(c.weeksWithOneToFour()).add(c.weeksWithFiveOrMore()), "#7c3aed")),
                false);
    }

    private JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour);
    }

    private String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean horizontal) {
        JsonObjectBuilder options = Json.createObjectBuilder().add("animation", false)
                .add("locale", "en".equals(locale.getLanguage()) ? "en-GB" : "it-IT");
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    public int getYear() { return year; }
    public List<Integer> getYears() { return years; }
    public YearReport getReport() { return report; }
    public String getHoursChart() { return hoursChart; }
    public String getActivitiesChart() { return activitiesChart; }
    public String getCheckInsChart() { return checkInsChart; }

    /** @return the projects, then all of them together */
    public List<YearReport.Figures> getFigures() {
        List<YearReport.Figures> out = new ArrayList<>(report.projects());
        out.add(report.overall());
        return out;
    }

    /** @param f a project's figures or the overall @return its name, or "All projects" */
    public String project(YearReport.Figures f) {
        return ReportText.project(f, locale);
    }

    /** @return hours per project and category: minutes, target minutes, share of the target */
    public List<Row> getHourRows() {
        List<Row> out = new ArrayList<>();
        for (YearReport.Figures f : getFigures()) {
            for (YearReport.CategoryHours h : f.hours()) {
                out.add(new Row(project(f), FacesFeedback.text("category." + h.category().name()), h.minutes(), h.targetMinutes(), h.share(),
                        f.projectId() == null));
            }
            if (f.projectId() == null) {
                long m = f.totalMinutes();
                long t = f.totalTargetMinutes();
                out.add(new Row(project(f), FacesFeedback.text("report.total"), m, t, t == 0 ? null : (double) m / t, true));
            }
        }
        return out;
    }

    /** @return service minutes per project and activity */
    public List<Row> getActivityRows() {
        List<Row> out = new ArrayList<>();
        for (YearReport.Figures f : getFigures()) {
            f.serviceByActivity().forEach((k, v) -> out.add(new Row(project(f), ReportText.activity(k, locale), v, 0, null, f.projectId() == null)));
        }
        return out;
    }

    /** @return tasks per project and activity */
    public List<Row> getTaskRows() {
        List<Row> out = new ArrayList<>();
        for (YearReport.Figures f : getFigures()) {
            f.tasksByActivity().forEach((k, v) -> out.add(new Row(project(f), ReportText.activity(k, locale), v, 0, null, f.projectId() == null)));
        }
        return out;
    }

    /** @return the cases volunteers contributed to, by each grouping, as shown */
    public List<CountRow> getCaseRows() {
        YearReport.Contributions c = report.contributions();
        List<CountRow> out = new ArrayList<>();
        out.add(new CountRow(FacesFeedback.text("report.total"), "", ReportText.count(c.cases(), report.minCell(), locale)));
        add(out, "report.byMunicipio", "MUNICIPIO", c.casesByMunicipio());
        add(out, "report.byPhase", "PHASE", c.casesByPhase());
        add(out, "report.byProject", "PROJECT", c.casesByProject());
        return out;
    }

    /** @return the placements volunteers contributed to, by each grouping, as shown */
    public List<CountRow> getPlacementRows() {
        YearReport.Contributions c = report.contributions();
        List<CountRow> out = new ArrayList<>();
        out.add(new CountRow(FacesFeedback.text("report.total"), "", ReportText.count(c.placements(), report.minCell(), locale)));
        add(out, "report.byHousing", "HOUSING_TYPE", c.placementsByHousingType());
        add(out, "report.byMunicipio", "MUNICIPIO", c.placementsByMunicipio());
        add(out, "report.byProject", "PROJECT", c.placementsByProject());
        return out;
    }

    private void add(List<CountRow> out, String byKey, String grouping, CaseStatistics.CountTable t) {
        String by = FacesFeedback.text(byKey);
        if (t.withheld()) {
            out.add(new CountRow(by, "", FacesFeedback.text("stats.withheld")));
            return;
        }
        for (Map.Entry<String, SmallCells.Count> e : t.cells().entrySet()) {
            out.add(new CountRow(by, ReportText.cell(grouping, e.getKey(), report, locale), ReportText.count(e.getValue(), report.minCell(), locale)));
        }
    }

    /** @return the categories, in core-lib's order */
    public Category[] getCategories() { return Category.values(); }
}
