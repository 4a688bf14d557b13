package it.milano.levacivica.portal.interfaces.export;

import it.milano.levacivica.portal.application.CaseStatistics;
import it.milano.levacivica.portal.application.SmallCells;
import it.milano.levacivica.portal.application.YearReport;
import it.milano.levacivica.portal.interfaces.PortalMessages;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The year's report as XLSX, written with FastExcel (already the portal's XLSX writer, see {@link EntryExport}):
 * one sheet per section, a row per project and the overall row, figures as numbers (hours as hours with two
 * decimals, minutes as whole numbers), headings from the bundle. A suppressed count is the text the page shows
 * ("&lt; 3", "n.d."), never its number. Streamed to the response sheet by sheet.
 */
public final class YearReportXlsx {

    private YearReportXlsx() {
    }

    /**
     * @param r the report
     * @param locale Italian or English
     * @param out where the file goes (not closed)
     */
    public static void write(YearReport r, Locale locale, OutputStream out) throws IOException {
        Workbook wb = new Workbook(out, "Leva Civica", "1.0");
        List<YearReport.Figures> rows = new ArrayList<>(r.projects());
        rows.add(r.overall());

        Worksheet ws = sheet(wb, t(locale, "report.volunteers"));
        header(ws, 0, t(locale, "report.project"), t(locale, "report.inService"), t(locale, "report.started"), t(locale, "report.completed"),
                t(locale, "report.withdrawn"));
        int row = 1;
        for (YearReport.Figures f : rows) {
            ws.value(row, 0, EntryExport.guard(ReportText.project(f, locale)));
            ws.value(row, 1, f.inService());
            ws.value(row, 2, f.started());
            ws.value(row, 3, f.completed());
            ws.value(row, 4, f.withdrawn());
            row++;
        }
        ws.value(row + 1, 0, t(locale, "report.generated", Integer.toString(r.year()), r.asOf().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        ws.finish();

        ws = sheet(wb, t(locale, "report.hours"));
        header(ws, 0, t(locale, "report.project"), t(locale, "category.label"), t(locale, "report.done") + " (h)",
                t(locale, "report.target") + " (h)", t(locale, "report.done") + " (min)", t(locale, "report.target") + " (min)");
        row = 1;
        for (YearReport.Figures f : rows) {
            for (YearReport.CategoryHours h : f.hours()) {
                ws.value(row, 0, EntryExport.guard(ReportText.project(f, locale)));
                ws.value(row, 1, t(locale, "category." + h.category().name()));
                hours(ws, row, 2, h.minutes());
                hours(ws, row, 3, h.targetMinutes());
                ws.value(row, 4, h.minutes());
                ws.value(row, 5, h.targetMinutes());
                row++;
            }
        }
        ws.finish();

        ws = sheet(wb, t(locale, "report.activities"));
        header(ws, 0, t(locale, "report.project"), t(locale, "report.activity"), t(locale, "report.done") + " (h)", t(locale, "report.done") + " (min)");
        row = 1;
        for (YearReport.Figures f : rows) {
            for (Map.Entry<String, Long> a : f.serviceByActivity().entrySet()) {
                ws.value(row, 0, EntryExport.guard(ReportText.project(f, locale)));
                ws.value(row, 1, ReportText.activity(a.getKey(), locale));
                hours(ws, row, 2, a.getValue());
                ws.value(row, 3, a.getValue());
                row++;
            }
        }
        ws.finish();

        ws = sheet(wb, t(locale, "report.checkIns"));
        header(ws, 0, t(locale, "report.project"), t(locale, "report.checkIns.average"), t(locale, "report.checkIns.count"),
                t(locale, "report.checkIns.weeks"), t(locale, "report.checkIns.none"), t(locale, "report.checkIns.oneToFour"),
                t(locale, "report.checkIns.fiveOrMore"));
        row = 1;
        for (YearReport.Figures f : rows) {
            YearReport.CheckIns c = f.checkIns();
            ws.value(row, 0, EntryExport.guard(ReportText.project(f, locale)));
            if (c.averagePerWeek() != null) {
                ws.value(row, 1, c.averagePerWeek());
                ws.style(row, 1).format("0.00").set();
            }
            ws.value(row, 2, c.checkIns());
            ws.value(row, 3, c.volunteerWeeks());
            ws.value(row, 4, c.weeksWithNone());
            ws.value(row, 5, c.weeksWithOneToFour());
            ws.value(row, 6, c.weeksWithFiveOrMore());
            row++;
        }
        ws.finish();

        ws = sheet(wb, t(locale, "report.tasks"));
        header(ws, 0, t(locale, "report.project"), t(locale, "report.activity"), t(locale, "report.tasks.count"));
        row = 1;
        for (YearReport.Figures f : rows) {
            for (Map.Entry<String, Long> a : f.tasksByActivity().entrySet()) {
                ws.value(row, 0, EntryExport.guard(ReportText.project(f, locale)));
                ws.value(row, 1, ReportText.activity(a.getKey(), locale));
                ws.value(row, 2, a.getValue());
                row++;
            }
        }
        ws.finish();

        ws = sheet(wb, t(locale, "report.cases") + " · " + t(locale, "report.placements"));
        header(ws, 0, t(locale, "report.contributions"), "", "");
        YearReport.Contributions c = r.contributions();
        row = 1;
        row = total(ws, row, t(locale, "report.cases"), c.cases(), r, locale);
        row = table(ws, row, t(locale, "report.cases"), t(locale, "report.byMunicipio"), "MUNICIPIO", c.casesByMunicipio(), r, locale);
        row = table(ws, row, t(locale, "report.cases"), t(locale, "report.byPhase"), "PHASE", c.casesByPhase(), r, locale);
        row = table(ws, row, t(locale, "report.cases"), t(locale, "report.byProject"), "PROJECT", c.casesByProject(), r, locale);
        row = total(ws, row, t(locale, "report.placements"), c.placements(), r, locale);
        row = table(ws, row, t(locale, "report.placements"), t(locale, "report.byHousing"), "HOUSING_TYPE", c.placementsByHousingType(), r, locale);
        row = table(ws, row, t(locale, "report.placements"), t(locale, "report.byMunicipio"), "MUNICIPIO", c.placementsByMunicipio(), r, locale);
        row = table(ws, row, t(locale, "report.placements"), t(locale, "report.byProject"), "PROJECT", c.placementsByProject(), r, locale);
        ws.value(row + 1, 0, t(locale, "stats.note", Integer.toString(r.minCell())));
        ws.finish();
        wb.finish();
    }

    private static int total(Worksheet ws, int row, String what, SmallCells.Count n, YearReport r, Locale locale) {
        ws.value(row, 0, what);
        ws.value(row, 1, PortalMessages.get(locale, "report.total"));
        count(ws, row, 2, n, r, locale);
        return row + 1;
    }

    private static int table(Worksheet ws, int row, String what, String by, String grouping, CaseStatistics.CountTable t, YearReport r,
            Locale locale) {
        if (t.withheld()) {
            ws.value(row, 0, what);
            ws.value(row, 1, by);
            ws.value(row, 2, PortalMessages.get(locale, "stats.withheld"));
            return row + 1;
        }
        for (Map.Entry<String, SmallCells.Count> e : t.cells().entrySet()) {
            ws.value(row, 0, what);
            ws.value(row, 1, EntryExport.guard(by + ": " + ReportText.cell(grouping, e.getKey(), r, locale)));
            count(ws, row, 2, e.getValue(), r, locale);
            row++;
        }
        return row;
    }

    private static void count(Worksheet ws, int row, int col, SmallCells.Count n, YearReport r, Locale locale) {
        if (n.hidden()) {
            ws.value(row, col, ReportText.count(n, r.minCell(), locale));
        } else {
            ws.value(row, col, n.value());
        }
    }

    private static void hours(Worksheet ws, int row, int col, long minutes) {
        ws.value(row, col, minutes / 60.0);
        ws.style(row, col).format("#,##0.00").set();
    }

    private static Worksheet sheet(Workbook wb, String name) {
        // a sheet's name: at most 31 characters, none of []:*?/\
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return wb.newWorksheet(clean.length() > 31 ? clean.substring(0, 31).strip() : clean);
    }

    private static void header(Worksheet ws, int row, String... names) {
        for (int c = 0; c < names.length; c++) {
            ws.value(row, c, names[c]);
            ws.style(row, c).bold().set();
        }
    }

    private static String t(Locale locale, String key, Object... args) {
        return PortalMessages.get(locale, key, args);
    }
}
