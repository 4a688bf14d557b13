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
import it.milano.levacivica.core.forecast.CategoryProgress;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.core.rules.Texts;
import it.milano.levacivica.portal.application.CertificateService.Content;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.interfaces.PortalMessages;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The end-of-service certificate (attestato di fine servizio) as PDF: the volunteer, the project and its seat,
 * the period, the hours of each category against its target, the main service activities, the training (specific
 * training, the regional certificate's hours, the check-ins with the tutor), the issue and the verification code
 * with the page that checks it. Set in DejaVu Sans, embedded, as the monthly register. Thread-safe.
 */
@ApplicationScoped
public class EndOfServiceCertificate {

    private static final byte[] REGULAR = MonthlyRegister.fontBytes("DejaVuSans.ttf");
    private static final byte[] BOLD_FACE = MonthlyRegister.fontBytes("DejaVuSans-Bold.ttf");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /**
     * @param c an issued certificate's content
     * @param locale Italian or English
     * @param verifyUrl the public page that checks the code
     * @return the PDF
     */
    public byte[] pdf(Content c, Locale locale, String verifyUrl) {
        BaseFont regular = MonthlyRegister.baseFont("DejaVuSans.ttf", REGULAR);
        BaseFont boldFace = MonthlyRegister.baseFont("DejaVuSans-Bold.ttf", BOLD_FACE);
        Font title = new Font(boldFace, 18);
        Font heading = new Font(boldFace, 11);
        Font bold = new Font(boldFace, 10);
        Font normal = new Font(regular, 10);
        ServiceYear y = c.year();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 50, 50, 50, 50);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(t(locale, "certificate.title"));
        doc.open();
        doc.add(MonthlyRegister.line(t(locale, "certificate.title"), title));
        doc.add(MonthlyRegister.line(t(locale, "certificate.issuer"), normal));
        doc.add(MonthlyRegister.line(" ", normal));
        doc.add(MonthlyRegister.line(t(locale, "certificate.statement", y.getVolunteer().getFullName(), y.getStartDate().format(DAY),
                y.getLastDay().format(DAY)), normal));
        doc.add(MonthlyRegister.line(t(locale, "serviceYear.volunteer") + ": " + y.getVolunteer().getFullName(), bold));
        doc.add(MonthlyRegister.line(t(locale, "certificate.project") + ": " + y.getProject().getName(), normal));
        doc.add(MonthlyRegister.line(t(locale, "serviceYear.seat") + ": " + y.getProject().getSeatAddress(), normal));
        doc.add(MonthlyRegister.line(t(locale, "certificate.period") + ": " + y.getStartDate().format(DAY) + " – " + y.getLastDay().format(DAY),
                normal));
        doc.add(MonthlyRegister.line(" ", normal));

        doc.add(MonthlyRegister.line(t(locale, "certificate.hours"), heading));
        PdfPTable hours = new PdfPTable(new float[] {3, 1.2f, 1.2f});
        hours.setWidthPercentage(100);
        cell(hours, t(locale, "certificate.category"), bold, Element.ALIGN_LEFT);
        cell(hours, t(locale, "certificate.done"), bold, Element.ALIGN_RIGHT);
        cell(hours, t(locale, "certificate.target"), bold, Element.ALIGN_RIGHT);
        for (CategoryProgress p : c.progress().categories()) {
            cell(hours, Texts.category(p.category(), locale), normal, Element.ALIGN_LEFT);
            cell(hours, Texts.hours(p.done()), normal, Element.ALIGN_RIGHT);
            cell(hours, Texts.hours(p.target()), normal, Element.ALIGN_RIGHT);
        }
        cell(hours, t(locale, "certificate.total"), bold, Element.ALIGN_LEFT);
        cell(hours, Texts.hours(c.progress().done()), bold, Element.ALIGN_RIGHT);
        cell(hours, Texts.hours(c.progress().target()), bold, Element.ALIGN_RIGHT);
        doc.add(hours);
        doc.add(MonthlyRegister.line(" ", normal));

        doc.add(MonthlyRegister.line(t(locale, "certificate.activities"), heading));
        int shown = 0;
        for (Map.Entry<String, Long> a : c.serviceByActivity().entrySet()) {
            if (a.getKey() == null || shown++ == 5) {
                continue;
            }
            doc.add(MonthlyRegister.line("• " + t(locale, "activity." + a.getKey()) + " — " + Texts.hours(Duration.ofMinutes(a.getValue())),
                    normal));
        }
        doc.add(MonthlyRegister.line(" ", normal));
        doc.add(MonthlyRegister.line(t(locale, "certificate.training"), heading));
        doc.add(MonthlyRegister.line("• " + Texts.category(Category.SPECIFIC_TRAINING, locale) + ": "
                + Texts.hours(c.progress().of(Category.SPECIFIC_TRAINING).done()), normal));
        doc.add(MonthlyRegister.line("• " + Texts.category(Category.COMPETENCE_CERTIFICATE, locale) + ": "
                + Texts.hours(c.progress().of(Category.COMPETENCE_CERTIFICATE).done()), normal));
        doc.add(MonthlyRegister.line("• " + t(locale, "certificate.checkIns", c.checkIns()), normal));
        doc.add(MonthlyRegister.line(" ", normal));
        doc.add(MonthlyRegister.line(t(locale, "certificate.issued", c.issued().issuedAt().toLocalDate().format(DAY)), normal));
        doc.add(MonthlyRegister.line(t(locale, "certificate.code") + ": " + c.issued().code(), bold));
        doc.add(MonthlyRegister.line(t(locale, "certificate.verifyAt", verifyUrl), normal));
        doc.close();
        return out.toByteArray();
    }

    private static void cell(PdfPTable table, String text, Font font, int align) {
        PdfPCell cell = MonthlyRegister.bidi(new PdfPCell(new Phrase(text, font)));
        cell.setHorizontalAlignment(align);
        cell.setPadding(4);
        table.addCell(cell);
    }

    private static String t(Locale locale, String key, Object... args) {
        return PortalMessages.get(locale, key, args);
    }
}
