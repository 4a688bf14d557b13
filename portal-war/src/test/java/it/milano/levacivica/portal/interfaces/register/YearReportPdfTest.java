package it.milano.levacivica.portal.interfaces.register;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.portal.application.CaseStatistics;
import it.milano.levacivica.portal.application.SmallCells;
import it.milano.levacivica.portal.application.YearReport;
import it.milano.levacivica.portal.interfaces.export.YearReportXlsx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The year's report as PDF and XLSX from one report: the figures printed as the page writes them, headings in both
 * languages, and a suppressed count as "&lt; 3" / "n.d." in both files, never its value.
 */
public class YearReportPdfTest {

    /** A report with a suppressed count, a name with accents and maps in their order (also read by YearReportMakerTest). */
    public static YearReport report() {
        List<YearReport.CategoryHours> hours = List.of(new YearReport.CategoryHours(Category.SERVICE, 63_690, 79_320),
                new YearReport.CategoryHours(Category.SPECIFIC_TRAINING, 2_400, 2_400), new YearReport.CategoryHours(Category.COMPETENCE_CERTIFICATE, 0, 2_280));
        YearReport.Figures p = YearReport.Figures.of(7L, "Sportello di Łódź", 3, 2, 1, 1, hours, Map.of("TESTIMONIES", 30_000L, "NONE", 690L),
                YearReport.CheckIns.of(120, 130, 12, 117, 1), Map.of("COMMUNICATION", 4L), 3);
        YearReport.Figures all = YearReport.Figures.of(null, null, 3, 2, 1, 1, hours, Map.of("TESTIMONIES", 30_000L, "NONE", 690L),
                YearReport.CheckIns.of(120, 130, 12, 117, 1), Map.of("COMMUNICATION", 4L), 3);
        Map<String, Long> byMunicipio = new LinkedHashMap<>();
        byMunicipio.put("2", 1L);
        byMunicipio.put("5", 4L);
        byMunicipio.put("9", 7L);
        CaseStatistics.CountTable cases = new CaseStatistics.CountTable(SmallCells.suppress(byMunicipio, 3).cells(), false);
        CaseStatistics.CountTable none = new CaseStatistics.CountTable(Map.of(), true);
        YearReport.Contributions c = new YearReport.Contributions(SmallCells.single(12, 3), cases, none, none, SmallCells.single(2, 3), none, none,
                none);
        return new YearReport(2026, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2026, 11, 30), 3, List.of(p), all, c,
                java.time.Instant.parse("2026-11-30T06:00:00Z"));
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
    void thePdfPrintsTheFiguresAndOnlySuppressedTextsForSmallCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new YearReportPdf().write(report(), Locale.ITALIAN, out);
        // the extractor joins a table's cells without spaces: compare without any
        String it = text(out.toByteArray()).replaceAll("\\s+", "");
        for (String expected : List.of("Relazione dell’anno 2026", "Sportello di Łódź", "Tutti i progetti", "1.061 h 30", "1.322 h",
                "Raccolta di testimonianze", "Senza attività", "0,92", "Municipio 2 < 3", "Municipio 5 n.d.", "Municipio 9 7",
                "Inserimenti RST Totale < 3", "Non mostrato")) {
            assertTrue(it.contains(expected.replaceAll("\\s+", "")), expected + " in:\n" + it);
        }
        assertFalse(it.contains("Municipio21") || it.contains("Municipio54"), it);
        out.reset();
        new YearReportPdf().write(report(), Locale.ENGLISH, out);
        String en = text(out.toByteArray()).replaceAll("\\s+", "");
        assertTrue(en.contains("Theyear’sreport2026") && en.contains("Allprojects") && en.contains("1,061h30"), en);
    }

    @Test
    void theXlsxHoldsNumbersAndTheSuppressedTexts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        YearReportXlsx.write(report(), Locale.ITALIAN, out);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("report", ".xlsx");
        try {
            java.nio.file.Files.write(file, out.toByteArray());
            StringBuilder strings = new StringBuilder();
            String contributions;
            try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(file.toFile())) {
                for (ZipEntry e : java.util.Collections.list(z.entries())) {
                    if (e.getName().equals("xl/sharedStrings.xml")) {
                        strings.append(new String(z.getInputStream(e).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                    }
                }
                contributions = new String(z.getInputStream(z.getEntry("xl/worksheets/sheet6.xml")).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
            String s = strings.toString();
            assertTrue(s.contains("&lt; 3") && s.contains("n.d.") && s.contains("Municipio 9"), s);
            // 7 is shown as a number; 1 and 4 (suppressed) are nowhere in the sheet of contributions
            assertTrue(contributions.contains("<v>7</v>"), contributions);
            assertFalse(contributions.contains("<v>1</v>") || contributions.contains("<v>4</v>"), contributions);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }
}
