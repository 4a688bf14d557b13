package it.milano.levacivica.core.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** docs/embedding.md shows EmbeddingExample.java verbatim and its output: both are checked here. */
class EmbeddingExampleTest {

    private static final Path DOC = Path.of("..", "docs", "embedding.md");
    private static final Path SOURCE = Path.of("src", "test", "java", "it", "milano", "levacivica", "core", "example",
            "EmbeddingExample.java");

    @Test
    void theExampleRunsAndPrintsWhatTheGuideSays() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZoneId rome = ZoneId.of("Europe/Rome");
        EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8),
                Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay(rome).toInstant(), rome));
        String output = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(output.startsWith("accepted: false"), output);
        assertTrue(output.contains("ERROR HOURS_PER_DAY_MAX: On 29 May 2026 the hours would become 9 h: the daily maximum is 8 h."), output);
        String doc = Files.readString(DOC);
        assertTrue(doc.contains(output.strip()), "docs/embedding.md shows the example's real output:\n" + output);
    }

    @Test
    void theGuideShowsTheExampleSourceVerbatim() throws IOException {
        String doc = Files.readString(DOC);
        String source = Files.readString(SOURCE);
        assertTrue(doc.contains(source.strip()), "docs/embedding.md must contain " + SOURCE + " unchanged");
    }

    @Test
    void theGuideNamesTheLibrarysCoordinates() throws IOException {
        String doc = Files.readString(DOC);
        assertTrue(doc.contains("<artifactId>core-lib</artifactId>"));
        assertEquals(-1, doc.indexOf("TODO"));
    }
}
