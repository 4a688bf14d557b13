package it.milano.levacivica.portal.interfaces.export;

import it.milano.levacivica.portal.domain.timesheet.TimesheetRepository.ExportedEntry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Entries written as CSV (UTF-8, semicolon-separated, one shared writer) or XLSX (FastExcel), row by row
 * straight to the response: an export never sits whole in memory. Texts that a spreadsheet would read as
 * a formula are prefixed with an apostrophe in both.
 */
public final class EntryExport implements AutoCloseable, Consumer<ExportedEntry> {

    /** The media type of XLSX files. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final String[] HEADER = {"volunteer", "date", "category", "minutes", "hours", "activity", "note"};

    private final BufferedWriter csv;
    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    private EntryExport(BufferedWriter csv, Workbook workbook, Worksheet sheet) {
        this.csv = csv;
        this.workbook = workbook;
        this.sheet = sheet;
    }

    /** @param out where the CSV goes @return a writer that has written the header */
    public static EntryExport csv(OutputStream out) {
        EntryExport e = new EntryExport(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024), null, null);
        e.csvLine(HEADER, true);
        return e;
    }

    /** @param out where the XLSX goes @return a writer that has written the header */
    public static EntryExport xlsx(OutputStream out) {
        Workbook wb = new Workbook(out, "Leva Civica", "1.0");
        Worksheet ws = wb.newWorksheet("ore");
        EntryExport e = new EntryExport(null, wb, ws);
        for (int c = 0; c < HEADER.length; c++) {
            ws.value(0, c, HEADER[c]);
            ws.style(0, c).bold().set();
        }
        e.row = 1;
        return e;
    }

    /** Writes one entry. */
    @Override
    public void accept(ExportedEntry e) {
        String[] values = {
            e.volunteer(), e.date().toString(), e.category().name(),
            Integer.toString(e.minutes()), String.format(java.util.Locale.ROOT, "%.2f", e.minutes() / 60.0),
            e.activityType() == null ? "" : e.activityType().name(), e.note() == null ? "" : e.note()};
        try {
            if (csv != null) {
                csvLine(values, false);
            } else {
                sheet.value(row, 0, guard(values[0]));
                sheet.value(row, 1, e.date());
                sheet.style(row, 1).format("yyyy-mm-dd").set();
                sheet.value(row, 2, values[2]);
                sheet.value(row, 3, e.minutes());
                sheet.value(row, 4, e.minutes() / 60.0);
                sheet.value(row, 5, values[5]);
                sheet.value(row, 6, guard(values[6]));
                row++;
                if (row % 10_000 == 0) {
                    sheet.flush();
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private void csvLine(String[] values, boolean header) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    csv.write(';');
                }
                csv.write(!header && (i == 0 || i == 6) ? csvText(values[i]) : values[i]);
            }
            csv.write('\n');
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Finishes the file (the XLSX's directory, the CSV's last buffer). */
    @Override
    public void close() throws IOException {
        if (csv != null) {
            csv.flush();
        } else {
            sheet.finish();
            workbook.finish();
        }
    }

    /** @param s a text @return it, with an apostrophe in front if a spreadsheet would read it as a formula */
    public static String guard(String s) {
        return !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    }

    private static String csvText(String s) {
        return "\"" + guard(s.replace('\n', ' ').replace('\r', ' ')).replace("\"", "\"\"") + "\"";
    }
}
