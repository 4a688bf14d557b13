package it.milano.levacivica.portal.interfaces.register;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import it.milano.levacivica.portal.application.CaseStatistics;
import it.milano.levacivica.portal.application.SmallCells;
import it.milano.levacivica.portal.application.YearReport;
import it.milano.levacivica.portal.interfaces.PortalMessages;
import it.milano.levacivica.portal.interfaces.export.ReportText;
import it.milano.levacivica.portal.interfaces.web.Formats;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The year's report as PDF (OpenPDF, DejaVu Sans embedded, as the monthly register and the certificate): the same
 * sections and figures as the page, a table per section with a row per project and the overall row; suppressed
 * counts read "&lt; 3" or "n.d." as on the page. Written straight to the response, page by page. Thread-safe.
 */
@ApplicationScoped
public class YearReportPdf {

    private static final byte[] REGULAR = MonthlyRegister.fontBytes("DejaVuSans.ttf");
    private static final byte[] BOLD_FACE = MonthlyRegister.fontBytes("DejaVuSans-Bold.ttf");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private record Fonts(Font title, Font heading, Font bold, Font normal, Font small) {
    }

    /**
     * @param r the report
     * @param locale Italian or English
     * @param out where the PDF goes (closed when done)
     */
    public void write(YearReport r, Locale locale, OutputStream out) {
        BaseFont regular = MonthlyRegister.baseFont("DejaVuSans.ttf", REGULAR);
        BaseFont boldFace = MonthlyRegister.baseFont("DejaVuSans-Bold.ttf", BOLD_FACE);
        Fonts f = new Fonts(new Font(boldFace, 16), new Font(boldFace, 11), new Font(boldFace, 8), new Font(regular, 8), new Font(regular, 7));
        Document doc = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        String title = t(locale, "report.title") + " " + r.year();
        doc.addTitle(title);
        doc.open();
        doc.add(MonthlyRegister.line(title, f.title()));
        doc.add(MonthlyRegister.line(t(locale, "report.generated", Integer.toString(r.year()), r.asOf().format(DAY)), f.normal()));
        doc.add(MonthlyRegister.line(t(locale, "report.hint"), f.small()));
        List<YearReport.Figures> rows = new ArrayList<>(r.projects());
        rows.add(r.overall());

        heading(doc, t(locale, "report.volunteers"), f);
        PdfPTable t = table(f, new float[] {4, 1.5f, 1.5f, 1.5f, 1.5f}, t(locale, "report.project"), t(locale, "report.inService"),
                t(locale, "report.started"), t(locale, "report.completed"), t(locale, "report.withdrawn"));
        for (YearReport.Figures p : rows) {
            Font font = p.projectId() == null ? f.bold() : f.normal();
            cells(t, font, ReportText.project(p, locale), n(p.inService(), locale), n(p.started(), locale), n(p.completed(), locale),
                    n(p.withdrawn(), locale));
        }
        doc.add(t);
        doc.add(MonthlyRegister.line(t(locale, "report.volunteers.note"), f.small()));

        heading(doc, t(locale, "report.hours"), f);
        t = table(f, new float[] {4, 2, 1.5f, 1.5f, 1.2f}, t(locale, "report.project"), t(locale, "category.label"), t(locale, "report.done"),
                t(locale, "report.target"), t(locale, "report.share"));
        for (YearReport.Figures p : rows) {
            Font font = p.projectId() == null ? f.bold() : f.normal();
            for (YearReport.CategoryHours h : p.hours()) {
                cells(t, font, ReportText.project(p, locale), t(locale, "category." + h.category().name()), Formats.hours(h.minutes(), locale),
                        Formats.hours(h.targetMinutes(), locale), ReportText.percent(h.share(), locale));
            }
        }
        doc.add(t);
        doc.add(MonthlyRegister.line(t(locale, "report.hours.note"), f.small()));

        heading(doc, t(locale, "report.activities"), f);
        t = table(f, new float[] {4, 3, 1.5f}, t(locale, "report.project"), t(locale, "report.activity"), t(locale, "report.done"));
        for (YearReport.Figures p : rows) {
            Font font = p.projectId() == null ? f.bold() : f.normal();
            for (Map.Entry<String, Long> a : p.serviceByActivity().entrySet()) {
                cells(t, font, ReportText.project(p, locale), ReportText.activity(a.getKey(), locale), Formats.hours(a.getValue(), locale));
            }
        }
        doc.add(t);

        heading(doc, t(locale, "report.checkIns"), f);
        t = table(f, new float[] {4, 1.4f, 1.4f, 1.4f, 1.4f, 1.4f, 1.4f}, t(locale, "report.project"), t(locale, "report.checkIns.average"),
                t(locale, "report.checkIns.count"), t(locale, "report.checkIns.weeks"), t(locale, "report.checkIns.none"),
                t(locale, "report.checkIns.oneToFour"), t(locale, "report.checkIns.fiveOrMore"));
        for (YearReport.Figures p : rows) {
            YearReport.CheckIns c = p.checkIns();
            cells(t, p.projectId() == null ? f.bold() : f.normal(), ReportText.project(p, locale), ReportText.decimal(c.averagePerWeek(), locale),
                    n(c.checkIns(), locale), n(c.volunteerWeeks(), locale), n(c.weeksWithNone(), locale), n(c.weeksWithOneToFour(), locale),
                    n(c.weeksWithFiveOrMore(), locale));
        }
        doc.add(t);
        doc.add(MonthlyRegister.line(t(locale, "report.checkIns.note"), f.small()));

        heading(doc, t(locale, "report.tasks"), f);
        t = table(f, new float[] {4, 3, 1.5f}, t(locale, "report.project"), t(locale, "report.activity"), t(locale, "report.tasks.count"));
        for (YearReport.Figures p : rows) {
            Font font = p.projectId() == null ? f.bold() : f.normal();
            for (Map.Entry<String, Long> a : p.tasksByActivity().entrySet()) {
                cells(t, font, ReportText.project(p, locale), ReportText.activity(a.getKey(), locale), n(a.getValue(), locale));
            }
        }
        doc.add(t);

        heading(doc, t(locale, "report.contributions"), f);
        doc.add(MonthlyRegister.line(t(locale, "report.contributions.hint"), f.small()));
        YearReport.Contributions c = r.contributions();
        t = table(f, new float[] {2, 4, 1.5f}, t(locale, "report.contributions"), "", t(locale, "report.total"));
        count(t, f, t(locale, "report.cases"), t(locale, "report.total"), c.cases(), r, locale);
        counts(t, f, t(locale, "report.cases"), t(locale, "report.byMunicipio"), "MUNICIPIO", c.casesByMunicipio(), r, locale);
        counts(t, f, t(locale, "report.cases"), t(locale, "report.byPhase"), "PHASE", c.casesByPhase(), r, locale);
        counts(t, f, t(locale, "report.cases"), t(locale, "report.byProject"), "PROJECT", c.casesByProject(), r, locale);
        count(t, f, t(locale, "report.placements"), t(locale, "report.total"), c.placements(), r, locale);
        counts(t, f, t(locale, "report.placements"), t(locale, "report.byHousing"), "HOUSING_TYPE", c.placementsByHousingType(), r, locale);
        counts(t, f, t(locale, "report.placements"), t(locale, "report.byMunicipio"), "MUNICIPIO", c.placementsByMunicipio(), r, locale);
        counts(t, f, t(locale, "report.placements"), t(locale, "report.byProject"), "PROJECT", c.placementsByProject(), r, locale);
        doc.add(t);
        doc.add(MonthlyRegister.line(t(locale, "stats.note", Integer.toString(r.minCell())), f.small()));
        doc.close();
    }

    private static void count(PdfPTable t, Fonts f, String what, String by, SmallCells.Count n, YearReport r, Locale locale) {
        cells(t, f.bold(), what, by, ReportText.count(n, r.minCell(), locale));
    }

    private static void counts(PdfPTable t, Fonts f, String what, String by, String grouping, CaseStatistics.CountTable table, YearReport r,
            Locale locale) {
        if (table.withheld()) {
            cells(t, f.normal(), what, by, t(locale, "stats.withheld"));
            return;
        }
        for (Map.Entry<String, SmallCells.Count> e : table.cells().entrySet()) {
            cells(t, f.normal(), what, by + ": " + ReportText.cell(grouping, e.getKey(), r, locale), ReportText.count(e.getValue(), r.minCell(), locale));
        }
    }

    private static void heading(Document doc, String text, Fonts f) {
        doc.add(MonthlyRegister.line(" ", f.normal()));
        doc.add(MonthlyRegister.line(text, f.heading()));
    }

    private static PdfPTable table(Fonts f, float[] widths, String... header) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (int i = 0; i < header.length; i++) {
            cell(t, header[i], f.bold(), i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        }
        return t;
    }

    private static void cells(PdfPTable t, Font font, String... values) {
        for (int i = 0; i < values.length; i++) {
            cell(t, values[i], font, i == 0 || (i == 1 && values.length <= 3) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        }
    }

    private static void cell(PdfPTable table, String text, Font font, int align) {
        PdfPCell cell = MonthlyRegister.bidi(new PdfPCell(new Phrase(text, font)));
        cell.setHorizontalAlignment(align);
        cell.setPadding(3);
        table.addCell(cell);
    }

    private static String n(long v, Locale locale) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(v);
    }

    private static String t(Locale locale, String key, Object... args) {
        return PortalMessages.get(locale, key, args);
    }
}
