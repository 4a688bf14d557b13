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
import it.milano.levacivica.portal.infrastructure.ClockProducer;
import it.milano.levacivica.portal.interfaces.PortalMessages;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A person's copy of their data ({@code PersonalData}) as a readable PDF: the same records as the JSON copy, laid
 * out by their structure (a record is a section of "label: value" lines, a list of plain records a table, a list of
 * records holding lists a section each), every label and every name of a list from the portal's bundle, in Italian or
 * English. Set in DejaVu Sans, embedded, with the bidirectional algorithm, as the monthly register. Thread-safe.
 */
@ApplicationScoped
public class PersonalDataPdf {

    private static final String FONT_DIR = "net/sf/jasperreports/fonts/dejavu/";
    private static final byte[] REGULAR = fontBytes("DejaVuSans.ttf");
    private static final byte[] BOLD_FACE = fontBytes("DejaVuSans-Bold.ttf");

    /** The bundle's prefix of each list of names whose values appear in a copy. */
    private static final Map<String, String> ENUM_KEYS = Map.ofEntries(Map.entry("Category", "category."), Map.entry("ActivityType", "activity."),
            Map.entry("AbsenceType", "absence."), Map.entry("MeetingMode", "mode."), Map.entry("TaskStatus", "task.status."),
            Map.entry("ServiceYearStatus", "status."), Map.entry("CasePhase", "phase."), Map.entry("CaseLevel", "level."),
            Map.entry("TargetGroup", "group."), Map.entry("AccessChannel", "channel."), Map.entry("CaseOutcome", "outcome."),
            Map.entry("HousingType", "housing."), Map.entry("BeneficiaryCategory", "beneficiary."), Map.entry("Area", "area."),
            Map.entry("AccompanimentKind", "kind."));

    private record Fonts(Font title, Font heading, Font bold, Font normal) {
        static Fonts load() {
            BaseFont regular = baseFont("DejaVuSans.ttf", REGULAR);
            BaseFont bold = baseFont("DejaVuSans-Bold.ttf", BOLD_FACE);
            return new Fonts(new Font(bold, 14), new Font(bold, 11), new Font(bold, 8), new Font(regular, 8));
        }
    }

    /** One document being written. */
    private record Writer(Document doc, Fonts fonts, Locale locale, DateTimeFormatter day, DateTimeFormatter time) {
    }

    /**
     * @param copy a record of {@code PersonalData} (a person's or a case member's copy)
     * @param locale Italian or English
     * @return the PDF
     */
    public byte[] pdf(Record copy, Locale locale) {
        Fonts fonts = Fonts.load();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 30, 30, 30, 30);
        PdfWriter.getInstance(doc, out);
        String title = PortalMessages.get(locale, "personalData.heading");
        doc.addTitle(title);
        doc.open();
        Writer w = new Writer(doc, fonts, locale, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale),
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale));
        doc.add(line(title, fonts.title()));
        doc.add(line(PortalMessages.get(locale, "personalData.intro"), fonts.normal()));
        doc.add(new Paragraph(" "));
        section(w, copy, 0);
        doc.close();
        return out.toByteArray();
    }

    private void section(Writer w, Record r, int depth) {
        List<String> facts = new java.util.ArrayList<>();
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v = value(c, r);
            if (!(v instanceof Record) && !(v instanceof Collection<?> l && !l.isEmpty() && l.iterator().next() instanceof Record)) {
                facts.add(label(w, c.getName()) + ": " + text(w, v));
            }
        }
        for (String f : facts) {
            w.doc().add(line(f, w.fonts().normal()));
        }
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object v = value(c, r);
            if (v instanceof Record inner) {
                w.doc().add(new Paragraph(" "));
                w.doc().add(line(label(w, c.getName()), w.fonts().heading()));
                section(w, inner, depth + 1);
            } else if (v instanceof Collection<?> list && !list.isEmpty() && list.iterator().next() instanceof Record first) {
                w.doc().add(new Paragraph(" "));
                w.doc().add(line(label(w, c.getName()) + " (" + list.size() + ")", w.fonts().heading()));
                boolean nested = Arrays.stream(first.getClass().getRecordComponents())
                        .anyMatch(x -> Collection.class.isAssignableFrom(x.getType()) || Record.class.isAssignableFrom(x.getType()));
                if (nested) {
                    int i = 0;
                    for (Object item : list) {
                        w.doc().add(line(label(w, c.getName()) + " " + (++i), w.fonts().bold()));
                        section(w, (Record) item, depth + 1);
                    }
                } else {
                    table(w, list);
                }
            }
        }
    }

    private void table(Writer w, Collection<?> rows) {
        RecordComponent[] columns = rows.iterator().next().getClass().getRecordComponents();
        PdfPTable t = new PdfPTable(columns.length);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (RecordComponent c : columns) {
            PdfPCell h = bidi(new PdfPCell(new Phrase(label(w, c.getName()), w.fonts().bold())));
            h.setGrayFill(0.9f);
            t.addCell(h);
        }
        for (Object row : rows) {
            for (RecordComponent c : columns) {
                PdfPCell cell = bidi(new PdfPCell(new Phrase(text(w, value(c, (Record) row)), w.fonts().normal())));
                cell.setHorizontalAlignment(Element.ALIGN_LEFT);
                t.addCell(cell);
            }
        }
        w.doc().add(t);
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getSimpleName(), e);
        }
    }

    private static String label(Writer w, String name) {
        String key = "personalData." + name;
        String text = PortalMessages.get(w.locale(), key);
        return text.equals(key) ? name : text;
    }

    private static String text(Writer w, Object v) {
        if (v == null) {
            return "—";
        }
        if (v instanceof Boolean b) {
            return PortalMessages.get(w.locale(), b ? "yes" : "no");
        }
        if (v instanceof LocalDate d) {
            return d.format(w.day());
        }
        if (v instanceof LocalDateTime t) {
            return t.format(w.time());
        }
        if (v instanceof Instant i) {
            return i.atZone(ClockProducer.ZONE).toLocalDateTime().format(w.time());
        }
        if (v instanceof Enum<?> e) {
            String prefix = ENUM_KEYS.get(e.getDeclaringClass().getSimpleName());
            String text = prefix == null ? e.name() : PortalMessages.get(w.locale(), prefix + e.name());
            return text.equals(prefix + e.name()) ? e.name() : text;
        }
        if (v instanceof Collection<?> c) {
            return c.isEmpty() ? "—" : c.stream().map(x -> text(w, x)).collect(Collectors.joining(", "));
        }
        return v.toString();
    }

    /** A line of text across the page, laid out as table cells are (a plain paragraph knows no bidi). */
    private static PdfPTable line(String text, Font font) {
        PdfPTable t = new PdfPTable(1);
        t.setWidthPercentage(100);
        PdfPCell c = bidi(new PdfPCell(new Phrase(text, font)));
        c.setBorder(Rectangle.NO_BORDER);
        c.setPadding(0);
        c.setPaddingBottom(3);
        t.addCell(c);
        return t;
    }

    private static PdfPCell bidi(PdfPCell cell) {
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        return cell;
    }

    private static byte[] fontBytes(String file) {
        try (InputStream in = PersonalDataPdf.class.getClassLoader().getResourceAsStream(FONT_DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("the font is not on the class path: " + FONT_DIR + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BaseFont baseFont(String file, byte[] bytes) {
        try {
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
