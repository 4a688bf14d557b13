package it.milano.levacivica.portal.interfaces.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import it.milano.levacivica.core.rules.AbsenceType;
import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.portal.application.PersonalData;
import it.milano.levacivica.portal.domain.checkin.MeetingMode;
import it.milano.levacivica.portal.domain.checkin.TaskStatus;
import it.milano.levacivica.portal.domain.people.ServiceYearStatus;
import it.milano.levacivica.portal.interfaces.PortalMessages;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A person's copy of their data as a PDF: every value printed, every label from the bundle, in both languages. */
class PersonalDataPdfTest {

    private static PersonalData.AccountHolderCopy copy() {
        PersonalData.YearCopy year = new PersonalData.YearCopy(3, "Il Servizio Sociale Professionale Territoriale", "Via Dogana 2/4", "Marco Ferri",
                LocalDate.of(2026, 3, 2), LocalDate.of(2027, 3, 2), ServiceYearStatus.ACTIVE, null,
                List.of(new PersonalData.EntryCopy(LocalDate.of(2026, 11, 4), Category.SERVICE, 240, ActivityType.TESTIMONIES, "Sportello di Zofia Wójcik")),
                List.of(new PersonalData.AbsenceCopy(LocalDate.of(2026, 11, 5), AbsenceType.SICKNESS)),
                List.of(new PersonalData.CheckInCopy(LocalDateTime.of(2026, 11, 3, 9, 30), MeetingMode.PHONE, 30, "Programmazione", "Marco Ferri", true, null)),
                List.of(new PersonalData.TaskCopy("Volantino", null, ActivityType.COMMUNICATION, LocalDate.of(2026, 11, 10), TaskStatus.OPEN, null, "M5-2026-00001")));
        return new PersonalData.AccountHolderCopy(Instant.parse("2026-11-30T08:00:00Z"), "volunteer",
                new PersonalData.AccountCopy(7, "volunteer", "Giulia Rossi", "giulia.rossi@example.org", List.of("VOLUNTEER"), null,
                        Instant.parse("2026-03-01T08:00:00Z"), true),
                List.of(year), List.of(new PersonalData.AuditCopy(12, Instant.parse("2026-11-29T10:00:00Z"), "admin", "CREATE", "ACCOUNT", 7L, "volunteer")));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder out = new StringBuilder();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                out.append(extractor.getTextFromPage(i)).append('\n');
            }
            return out.toString();
        }
    }

    @Test
    void everyValueIsPrintedWithTranslatedLabelsAndNames() throws IOException {
        String it = text(new PersonalDataPdf().pdf(copy(), Locale.ITALIAN));
        for (String expected : List.of("Copia dei dati personali", "Giulia Rossi", "giulia.rossi@example.org", "Sportello di Zofia Wójcik",
                "Ore registrate", "Malattia", "Programmazione", "Volantino", "M5-2026-00001", "Registro degli accessi", "CREATE")) {
            assertTrue(it.contains(expected), expected + " in:\n" + it);
        }
        String en = text(new PersonalDataPdf().pdf(copy(), Locale.ENGLISH));
        assertTrue(en.contains("Copy of personal data") && en.contains("Hours logged") && en.contains("Audit trail"), en);
        assertFalse(en.contains("personalData."), "no raw key");
    }

    @Test
    void everyFieldOfEveryCopyHasALabelInItalianAndEnglish() {
        List<String> missing = new ArrayList<>();
        for (Class<?> c : PersonalData.class.getDeclaredClasses()) {
            if (!c.isRecord()) {
                continue;
            }
            for (RecordComponent rc : c.getRecordComponents()) {
                for (Locale l : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
                    String key = "personalData." + rc.getName();
                    if (PortalMessages.get(l, key).equals(key)) {
                        missing.add(l + " " + c.getSimpleName() + "." + rc.getName());
                    }
                }
            }
        }
        assertEquals(List.of(), missing);
    }
}
