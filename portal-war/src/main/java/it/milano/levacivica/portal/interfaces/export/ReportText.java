package it.milano.levacivica.portal.interfaces.export;

import it.milano.levacivica.portal.application.SmallCells;
import it.milano.levacivica.portal.application.YearReport;
import it.milano.levacivica.portal.interfaces.PortalMessages;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * How the year's report reads in the page, the PDF and the XLSX, so that the three say the same: a suppressed count
 * as "&lt; 3" or "n.d." (the bundle's {@code stats.small}, {@code stats.complement}), names of lists from the bundle,
 * shares as percentages. Stateless.
 */
public final class ReportText {

    private ReportText() {
    }

    /**
     * @param c a count after small-cell suppression
     * @param minCell the threshold
     * @param locale the reader's
     * @return its number, "&lt; minCell" or "n.d."
     */
    public static String count(SmallCells.Count c, int minCell, Locale locale) {
        return switch (c.suppressed()) {
            case NONE -> NumberFormat.getIntegerInstance(locale).format(c.value());
            case SMALL -> PortalMessages.get(locale, "stats.small", Integer.toString(minCell));
            case COMPLEMENT -> PortalMessages.get(locale, "stats.complement");
        };
    }

    /** @return the name of an activity ({@link YearReport#NO_ACTIVITY} for none) */
    public static String activity(String name, Locale locale) {
        return PortalMessages.get(locale, YearReport.NO_ACTIVITY.equals(name) ? "report.activity.NONE" : "activity." + name);
    }

    /**
     * @param grouping MUNICIPIO, PHASE, HOUSING_TYPE or PROJECT
     * @param key the cell's key: a Municipio's number, a phase's or housing type's name, a project's id
     * @param report for the projects' names
     * @return the cell's name for a reader
     */
    public static String cell(String grouping, String key, YearReport report, Locale locale) {
        return switch (grouping) {
            case "MUNICIPIO" -> PortalMessages.get(locale, "report.municipio", key);
            case "PHASE" -> PortalMessages.get(locale, "phase." + key);
            case "HOUSING_TYPE" -> PortalMessages.get(locale, "housing." + key);
            default -> report.projects().stream().filter(f -> key.equals(String.valueOf(f.projectId()))).map(YearReport.Figures::projectName)
                    .findFirst().orElse("#" + key);
        };
    }

    /** @return a share as a percentage ({@code 76 %}), or "–" when there is none */
    public static String percent(Double share, Locale locale) {
        return share == null ? "–" : NumberFormat.getPercentInstance(locale).format(share);
    }

    /** @return a number with at most two decimals, or "–" when there is none */
    public static String decimal(Double n, Locale locale) {
        if (n == null) {
            return "–";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(2);
        return f.format(n);
    }

    /** @return the project's name, or "All projects" for the overall figures */
    public static String project(YearReport.Figures f, Locale locale) {
        return f.projectId() == null ? PortalMessages.get(locale, "report.overall") : f.projectName();
    }
}
