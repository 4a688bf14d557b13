package it.milano.levacivica.portal.interfaces.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.portal.application.TimesheetService.MonthDetail;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.Project;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.domain.timesheet.TimeEntry;
import it.milano.levacivica.portal.domain.timesheet.Timesheet;
import it.milano.levacivica.portal.domain.timesheet.TimesheetStatus;
import it.milano.levacivica.portal.domain.timesheet.TimesheetTransition;
import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The register prints every name it is given, in any script the portal's people write their names in, and its own
 * "Σ": the PDF is read back and every character must be there (letters silently dropped by a font without them
 * would fail it). Rendered without the server: the register only needs the month's data.
 */
class MonthlyRegisterTest {

    private static final YearMonth MONTH = YearMonth.of(2026, 3);

    @ParameterizedTest
    @ValueSource(strings = {"Łukasz Wiśniewski", "Ștefan Țurcanu", "Nguyễn Thị Hương", "فاطمة الزهراء"})
    void everyLetterOfEveryNameComesBack(String name) throws IOException {
        for (Locale locale : List.of(Locale.ITALIAN, Locale.ENGLISH)) {
            String text = textOf(new MonthlyRegister().pdf(month(name, "Gianna Ferri", "Accompagnamento con " + name), locale));
            assertPrinted(name, text);
            assertTrue(text.contains("Σ"), "the total line's Σ in:\n" + text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ștefan Țurcanu", "فاطمة الزهراء"})
    void theTutorWhoApprovedIsPrintedWhateverTheirName(String tutor) throws IOException {
        String text = textOf(new MonthlyRegister().pdf(month("Łukasz Wiśniewski", tutor, null), Locale.ITALIAN));
        assertPrinted("Łukasz Wiśniewski", text);
        assertPrinted(tutor, text);
    }

    /**
     * Latin, Greek and Vietnamese letters come back as they are. Arabic is laid out right to left and shaped, so
     * it comes back as its contextual forms in visual order: compatibility-normalised and read backwards, it is the
     * name again.
     */
    private static void assertPrinted(String name, String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        if (name.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC)) {
            assertTrue(nfc.contains(name), name + " in:\n" + text);
            return;
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFKC);
        name.codePoints().filter(cp -> !Character.isWhitespace(cp))
                .forEach(cp -> assertTrue(plain.indexOf(cp) >= 0, Character.getName(cp) + " of " + name + " in:\n" + text));
        assertTrue(plain.contains(name) || plain.contains(new StringBuilder(name).reverse()), name + " in:\n" + plain);
    }

    private static String textOf(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private static MonthDetail month(String volunteerName, String tutorName, String note) {
        LocalDateTime now = LocalDateTime.of(2026, 4, 2, 10, 0);
        Person volunteer = new Person("v", volunteerName, "v@example.org", "x", Set.of(Role.VOLUNTEER), now);
        Person tutor = new Person("t", tutorName, "t@example.org", "x", Set.of(Role.TUTOR), now);
        Project project = new Project("Progetto Municipio 5", "Via Boifava 17", 2, "leva-civica-milano");
        ServiceYear year = new ServiceYear(volunteer, project, tutor, LocalDate.of(2026, 1, 5), LocalDate.of(2027, 1, 5));
        List<TimeEntry> entries = List.of(
                new TimeEntry(year, MONTH.atDay(2), Category.SERVICE, 300, ActivityType.ADMINISTRATIVE_SUPPORT, note, null, now),
                new TimeEntry(year, MONTH.atDay(3), Category.SPECIFIC_TRAINING, 120, null, null, null, now));
        Timesheet sheet = new Timesheet(year, MONTH);
        TimesheetTransition submitted = sheet.move(TimesheetStatus.SUBMITTED, volunteer, null, now).orElseThrow();
        TimesheetTransition approved = sheet.move(TimesheetStatus.APPROVED, tutor, null, now.plusHours(1)).orElseThrow();
        Map<Category, Integer> minutes = Map.of(Category.SERVICE, 300, Category.SPECIFIC_TRAINING, 120);
        assertEquals(TimesheetStatus.APPROVED, sheet.getStatus());
        return new MonthDetail(year, MONTH, TimesheetStatus.APPROVED, 2, entries, List.of(), minutes, minutes, List.of(submitted, approved),
                List.of(), List.of());
    }
}
