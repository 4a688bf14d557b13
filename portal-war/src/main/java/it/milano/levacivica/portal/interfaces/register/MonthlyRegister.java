package it.milano.levacivica.portal.interfaces.register;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.Texts;
import it.milano.levacivica.portal.application.TimesheetService.MonthDetail;
import it.milano.levacivica.portal.domain.timesheet.AbsenceDay;
import it.milano.levacivica.portal.domain.timesheet.TimeEntry;
import it.milano.levacivica.portal.domain.timesheet.TimesheetStatus;
import it.milano.levacivica.portal.domain.timesheet.TimesheetTransition;
import it.milano.levacivica.portal.interfaces.PortalMessages;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The monthly register (registro mensile) of an approved month as PDF: volunteer, project, seat and
 * tutor; every day with its hours per category and activities; totals of the month and of the year to
 * date; the approval. Its totals are the same numbers the API returns for the month.
 */
@ApplicationScoped
public class MonthlyRegister {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
    private static final Font BOLD = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
    private static final Font NORMAL = FontFactory.getFont(FontFactory.HELVETICA, 9);

    /**
     * @param month an approved month ({@code TimesheetService.approvedMonth})
     * @param locale Italian or English
     * @return the PDF
     */
    public byte[] pdf(MonthDetail month, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(t(locale, "register.title") + " " + month.month());
        doc.open();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        doc.add(new Paragraph(t(locale, "register.title") + " · " + month.month(), TITLE));
        doc.add(new Paragraph(t(locale, "serviceYear.volunteer") + ": " + month.year().getVolunteer().getFullName()
                + "    " + t(locale, "serviceYear.project") + ": " + month.year().getProject().getName(), NORMAL));
        doc.add(new Paragraph(t(locale, "serviceYear.seat") + ": " + month.year().getProject().getSeatAddress()
                + "    " + t(locale, "serviceYear.tutor") + ": " + month.year().getTutor().getFullName(), NORMAL));
        doc.add(new Paragraph(" "));

        PdfPTable table = new PdfPTable(new float[] {12, 9, 9, 9, 6, 45});
        table.setWidthPercentage(100);
        header(table, t(locale, "register.day"));
        for (Category c : Category.values()) {
            header(table, t(locale, "category." + c.name()));
        }
        header(table, t(locale, "register.absence"));
        header(table, t(locale, "register.activities"));
        Map<LocalDate, List<TimeEntry>> byDay = month.entries().stream().collect(Collectors.groupingBy(TimeEntry::getDate));
        Map<LocalDate, AbsenceDay> absences = month.absences().stream().collect(Collectors.toMap(AbsenceDay::getDate, a -> a));
        for (LocalDate d = month.month().atDay(1); !d.isAfter(month.month().atEndOfMonth()); d = d.plusDays(1)) {
            List<TimeEntry> entries = byDay.getOrDefault(d, List.of());
            AbsenceDay absence = absences.get(d);
            if (entries.isEmpty() && absence == null) {
                continue;
            }
            cell(table, d.format(day), Element.ALIGN_LEFT);
            for (Category c : Category.values()) {
                int m = entries.stream().filter(e -> e.getCategory() == c).mapToInt(TimeEntry::getMinutes).sum();
                cell(table, m == 0 ? "" : hoursText(m), Element.ALIGN_RIGHT);
            }
            cell(table, absence == null ? "" : t(locale, "absence." + absence.getType().name()), Element.ALIGN_LEFT);
            cell(table, entries.stream().map(e -> (e.getActivityType() == null ? "" : t(locale, "activity." + e.getActivityType().name()))
                    + (e.getNote() == null ? "" : " – " + e.getNote())).filter(s -> !s.isBlank()).collect(Collectors.joining("; ")), Element.ALIGN_LEFT);
        }
        total(table, t(locale, "register.monthTotal"), month.monthMinutes());
        total(table, t(locale, "register.yearToDate"), month.yearToDateMinutes());
        doc.add(table);
        doc.add(new Paragraph(" "));
        if (!month.checkIns().isEmpty()) {
            doc.add(new Paragraph(t(locale, "checkin.monthList"), BOLD));
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
            for (var c : month.checkIns()) {
                doc.add(new Paragraph(c.getHeldAt().format(time) + " · " + c.getMinutes() + " min · "
                        + t(locale, "mode." + c.getMode().name()) + " · " + c.getSummary(), NORMAL));
            }
            doc.add(new Paragraph(" "));
        }
        TimesheetTransition approval = month.transitions().stream().filter(tr -> tr.getToStatus() == TimesheetStatus.APPROVED)
                .reduce((a, b) -> b).orElse(null);
        if (approval != null) {
            doc.add(new Paragraph(t(locale, "register.approvedBy") + " " + approval.getActor().getFullName() + ", "
                    + approval.getOccurredAt().toLocalDate().format(day) + " "
                    + approval.getOccurredAt().toLocalTime().withNano(0), BOLD));
        }
        doc.close();
        return out.toByteArray();
    }

    private static void total(PdfPTable table, String label, Map<Category, Integer> minutes) {
        PdfPCell l = new PdfPCell(new Phrase(label, BOLD));
        table.addCell(l);
        int sum = 0;
        for (Category c : Category.values()) {
            int m = minutes.getOrDefault(c, 0);
            sum += m;
            PdfPCell cell = new PdfPCell(new Phrase(hoursText(m), BOLD));
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
        PdfPCell rest = new PdfPCell(new Phrase("Σ " + hoursText(sum), BOLD));
        rest.setColspan(2);
        table.addCell(rest);
    }

    private static void header(PdfPTable table, String text) {
        PdfPCell c = new PdfPCell(new Phrase(text, BOLD));
        c.setGrayFill(0.9f);
        table.addCell(c);
    }

    private static void cell(PdfPTable table, String text, int align) {
        PdfPCell c = new PdfPCell(new Phrase(text, NORMAL));
        c.setHorizontalAlignment(align);
        table.addCell(c);
    }

    /** Hours as core-lib's messages and the month page write them ({@code 5 h 15}). */
    static String hoursText(int minutes) {
        return Texts.hours(Duration.ofMinutes(minutes));
    }

    private static String t(Locale locale, String key) {
        return PortalMessages.get(locale, key);
    }
}
