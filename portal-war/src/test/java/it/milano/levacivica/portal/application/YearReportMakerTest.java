package it.milano.levacivica.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import it.milano.levacivica.portal.interfaces.register.YearReportPdfTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidClassException;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A kept year's report (V48) reads back equal to the one made, its maps in the same order, and nothing but the
 * report's own types can be read from the column.
 */
class YearReportMakerTest {

    @Test
    void aKeptReportReadsBackEqualWithItsOrder() {
        YearReport made = YearReportPdfTest.report();
        YearReport read = YearReportMaker.report(YearReportMaker.bytes(made));
        assertEquals(made, read);
        assertEquals(List.copyOf(made.overall().serviceByActivity().keySet()), List.copyOf(read.overall().serviceByActivity().keySet()));
        assertEquals(List.copyOf(made.projects().get(0).serviceByActivity().keySet()), List.copyOf(read.projects().get(0).serviceByActivity().keySet()));
        assertEquals(List.copyOf(made.contributions().casesByMunicipio().cells().keySet()),
                List.copyOf(read.contributions().casesByMunicipio().cells().keySet()));
        assertEquals(made.madeAt(), read.madeAt());
    }

    @Test
    void anythingButAReportIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(out)) {
            o.writeObject(new java.net.URL("http://example.org/"));
        }
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> YearReportMaker.report(out.toByteArray()));
        assertEquals(InvalidClassException.class, e.getCause().getClass());
    }
}
