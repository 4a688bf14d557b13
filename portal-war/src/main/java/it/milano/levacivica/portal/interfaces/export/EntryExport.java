package it.milano.levacivica.portal.interfaces.export;

import it.milano.levacivica.portal.domain.timesheet.TimeEntry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Entries of hours as CSV (semicolon-separated, UTF-8) or XLSX (one sheet, written directly as
 * SpreadsheetML: no spreadsheet library in the war). Text that a spreadsheet would read as a formula
 * ({@code = + - @}) is prefixed with an apostrophe in CSV and always written as text in XLSX.
 */
public final class EntryExport {

    /** The media type of XLSX files. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String[] HEADER = {"volunteer", "date", "category", "minutes", "hours", "activity", "note"};

    private EntryExport() {
    }

    /** @param entries entries with their service year and volunteer loaded @return the CSV text */
    public static String csv(List<TimeEntry> entries) {
        StringBuilder out = new StringBuilder(String.join(";", HEADER)).append('\n');
        for (TimeEntry e : entries) {
            String[] row = row(e);
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.append(';');
                }
                out.append(i == 0 || i == 6 ? csvText(row[i]) : row[i]);
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** @param entries entries with their service year and volunteer loaded @return the XLSX file */
    public static byte[] xlsx(List<TimeEntry> entries) {
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        appendRow(sheet, 1, HEADER, true);
        int r = 2;
        for (TimeEntry e : entries) {
            appendRow(sheet, r++, row(e), false);
        }
        sheet.append("</sheetData></worksheet>");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Ore\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/worksheets/sheet1.xml", sheet.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String[] row(TimeEntry e) {
        return new String[] {
            e.getServiceYear().getVolunteer().getFullName(), e.getDate().toString(), e.getCategory().name(),
            Integer.toString(e.getMinutes()), String.format(Locale.ROOT, "%.2f", e.getMinutes() / 60.0),
            e.getActivityType() == null ? "" : e.getActivityType().name(), e.getNote() == null ? "" : e.getNote()};
    }

    private static void appendRow(StringBuilder sheet, int r, String[] values, boolean header) {
        sheet.append("<row r=\"").append(r).append("\">");
        for (int c = 0; c < values.length; c++) {
            String ref = (char) ('A' + c) + Integer.toString(r);
            boolean number = !header && (c == 3 || c == 4);
            if (number) {
                sheet.append("<c r=\"").append(ref).append("\"><v>").append(values[c]).append("</v></c>");
            } else {
                sheet.append("<c r=\"").append(ref).append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                        .append(xml(values[c])).append("</t></is></c>");
            }
        }
        sheet.append("</row>");
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\t' || ch == '\n' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String csvText(String s) {
        String t = s.replace("\"", "\"\"").replace('\n', ' ').replace('\r', ' ');
        if (!t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0) {
            t = "'" + t;
        }
        return "\"" + t + "\"";
    }
}
