package it.milano.levacivica.portal.interfaces.register;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 *
 * <p>Every name prints, whatever its script: the text is set in DejaVu Sans, embedded (subset) with Identity-H
 * encoding, which has the letters of the Latin alphabets (Polish, Romanian, Vietnamese...), Greek, Cyrillic and
 * Arabic. The built-in PDF fonts have Latin-1 only and silently dropped the rest. Every line is laid out with the
 * Unicode bidirectional algorithm, so that an Arabic name reads right to left, its letters joined. Thread-safe:
 * each PDF parses its own fonts from bytes read once.
 */
@ApplicationScoped
public class MonthlyRegister {

    private static final String FONT_DIR = "net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = fontBytes("DejaVuSans.ttf");
    private static final byte[] BOLD_FACE = fontBytes("DejaVuSans-Bold.ttf");

    /** The fonts of one document. */
    private record Fonts(Font title, Font bold, Font normal) {
        static Fonts load() {
            BaseFont regular = baseFont("DejaVuSans.ttf", REGULAR);
            BaseFont bold = baseFont("DejaVuSans-Bold.ttf", BOLD_FACE);
            return new Fonts(new Font(bold, 14), new Font(bold, 9), new Font(regular, 9));
        }
    }

    /**
     * @param month an approved month ({@code TimesheetService.approvedMonth})
     * @param locale Italian or English
     * @return the PDF
     */
    public byte[] pdf(MonthDetail month, Locale locale) {
        return pdf(month, locale, true);
    }

    /**
     * @param month an approved month ({@code TimesheetService.approvedMonth})
     * @param locale Italian or English
     * @param texts whether the reader may read the check-ins' summaries (the volunteer and the tutor; not coordinators)
     * @return the PDF
     */
    public byte[] pdf(MonthDetail month, Locale locale, boolean texts) {
        Fonts fonts = Fonts.load();
        Font title = fonts.title();
        Font bold = fonts.bold();
        Font normal = fonts.normal();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(t(locale, "register.title") + " " + month.month());
        doc.open();
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        doc.add(line(t(locale, "register.title") + " · " + month.month(), title));
        doc.add(line(t(locale, "serviceYear.volunteer") + ": " + month.year().getVolunteer().getFullName()
                + "    " + t(locale, "serviceYear.project") + ": " + month.year().getProject().getName(), normal));
        doc.add(line(t(locale, "serviceYear.seat") + ": " + month.year().getProject().getSeatAddress()
                + "    " + t(locale, "serviceYear.tutor") + ": " + month.year().getTutor().getFullName(), normal));
        doc.add(new Paragraph(" "));

        PdfPTable table = new PdfPTable(new float[] {12, 9, 9, 9, 6, 45});
        table.setWidthPercentage(100);
        header(table, t(locale, "register.day"), bold);
        for (Category c : Category.values()) {
            header(table, t(locale, "category." + c.name()), bold);
        }
        header(table, t(locale, "register.absence"), bold);
        header(table, t(locale, "register.activities"), bold);
        Map<LocalDate, List<TimeEntry>> byDay = month.entries().stream().collect(Collectors.groupingBy(TimeEntry::getDate));
        Map<LocalDate, AbsenceDay> absences = month.absences().stream().collect(Collectors.toMap(AbsenceDay::getDate, a -> a));
        for (LocalDate d = month.month().atDay(1); !d.isAfter(month.month().atEndOfMonth()); d = d.plusDays(1)) {
            List<TimeEntry> entries = byDay.getOrDefault(d, List.of());
            AbsenceDay absence = absences.get(d);
            if (entries.isEmpty() && absence == null) {
                continue;
            }
            cell(table, d.format(day), Element.ALIGN_LEFT, normal);
            for (Category c : Category.values()) {
                int m = entries.stream().filter(e -> e.getCategory() == c).mapToInt(TimeEntry::getMinutes).sum();
                cell(table, m == 0 ? "" : hoursText(m), Element.ALIGN_RIGHT, normal);
            }
            cell(table, absence == null ? "" : t(locale, "absence." + absence.getType().name()), Element.ALIGN_LEFT, normal);
            cell(table, entries.stream().map(e -> (e.getActivityType() == null ? "" : t(locale, "activity." + e.getActivityType().name()))
                    + (e.getNote() == null ? "" : " – " + e.getNote())).filter(s -> !s.isBlank()).collect(Collectors.joining("; ")),
                    Element.ALIGN_LEFT, normal);
        }
        total(table, t(locale, "register.monthTotal"), month.monthMinutes(), bold);
        total(table, t(locale, "register.yearToDate"), month.yearToDateMinutes(), bold);
        doc.add(table);
        doc.add(new Paragraph(" "));
        if (!month.checkIns().isEmpty()) {
            doc.add(line(t(locale, "checkin.monthList"), bold));
            DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale);
            for (var c : month.checkIns()) {
                doc.add(line(c.getHeldAt().format(time) + " · " + c.getMinutes() + " min · "
                        + t(locale, "mode." + c.getMode().name()) + (texts ? " · " + c.getSummary() : ""), normal));
            }
            doc.add(new Paragraph(" "));
        }
        TimesheetTransition approval = month.transitions().stream().filter(tr -> tr.getToStatus() == TimesheetStatus.APPROVED)
                .reduce((a, b) -> b).orElse(null);
        if (approval != null) {
            doc.add(line(t(locale, "register.approvedBy") + " " + approval.getActor().getFullName() + ", "
                    + approval.getOccurredAt().toLocalDate().format(day) + " "
                    + approval.getOccurredAt().toLocalTime().withNano(0), bold));
        }
        doc.close();
        return out.toByteArray();
    }

    private static void total(PdfPTable table, String label, Map<Category, Integer> minutes, Font bold) {
        table.addCell(bidi(new PdfPCell(new Phrase(label, bold))));
        int sum = 0;
        for (Category c : Category.values()) {
            int m = minutes.getOrDefault(c, 0);
            sum += m;
            PdfPCell cell = bidi(new PdfPCell(new Phrase(hoursText(m), bold)));
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            table.addCell(cell);
        }
        PdfPCell rest = bidi(new PdfPCell(new Phrase("Σ " + hoursText(sum), bold)));
        rest.setColspan(2);
        table.addCell(rest);
    }

    private static void header(PdfPTable table, String text, Font bold) {
        PdfPCell c = bidi(new PdfPCell(new Phrase(text, bold)));
        c.setGrayFill(0.9f);
        table.addCell(c);
    }

    private static void cell(PdfPTable table, String text, int align, Font font) {
        PdfPCell c = bidi(new PdfPCell(new Phrase(text, font)));
        c.setHorizontalAlignment(align);
        table.addCell(c);
    }

    /** A line of text across the page, laid out as the table cells are (a plain paragraph knows no bidi). */
    static PdfPTable line(String text, Font font) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        PdfPCell c = bidi(new PdfPCell(new Phrase(text, font)));
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        c.setPaddingBottom(3);
        t.addCell(c);
        return t;
    }

    /**
     * A cell laid out with the Unicode bidirectional algorithm in a left-to-right page: right-to-left runs (an
     * Arabic name) are reordered and their letters shaped into their joined forms.
     */
    static PdfPCell bidi(PdfPCell cell) {
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        return cell;
    }

    static byte[] fontBytes(String file) {
        try (InputStream in = MonthlyRegister.class.getClassLoader().getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("the register's font is not on the class path: " + FONT_DIR + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static BaseFont baseFont(String file, byte[] bytes) {
        try {
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hours as core-lib's messages and the month page write them ({@code 5 h 15}). */
    static String hoursText(int minutes) {
        return Texts.hours(Duration.ofMinutes(minutes));
    }

    private static String t(Locale locale, String key) {
        return PortalMessages.get(locale, key);
    }
}
