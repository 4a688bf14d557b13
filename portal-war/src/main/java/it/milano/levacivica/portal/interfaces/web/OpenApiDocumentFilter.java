package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.interfaces.JsonBuilders;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;

/**
 * Payara Micro writes a top-level {@code endpoints} key into the document at {@code /openapi} (its list of
 * the application's paths), which the OpenAPI specification does not allow: validators refuse the whole
 * document. It cannot be removed through MicroProfile OpenAPI's filter (Payara's model then fails to copy
 * itself), so it is taken out here, from the JSON and the YAML forms alike.
 */
@WebFilter(urlPatterns = {"/openapi", "/openapi/*"})
public class OpenApiDocumentFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> NOT_OPENAPI = Set.of("endpoints", "x-endpoints");

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain) throws IOException, ServletException {
        Capture capture = new Capture(res);
        chain.doFilter(req, capture);
        capture.flushBuffer();
        String type = String.valueOf(capture.getContentType());
        byte[] body = capture.bytes();
        if (capture.status() == 200 && body.length > 0) {
            String text = new String(body, StandardCharsets.UTF_8);
            String clean = type.contains("json") ? json(text) : yaml(text);
            body = clean.getBytes(StandardCharsets.UTF_8);
        }
        res.setContentLength(body.length);
        res.getOutputStream().write(body);
    }

    private static String json(String text) {
        try (JsonReader r = JsonBuilders.reader(new StringReader(text))) {
            JsonObject doc = r.readObject();
            JsonObjectBuilder b = JsonBuilders.object();
            for (Map.Entry<String, JsonValue> e : doc.entrySet()) {
                if (!NOT_OPENAPI.contains(e.getKey())) {
                    b.add(e.getKey(), e.getValue());
                }
            }
            return b.build().toString();
        } catch (RuntimeException notJson) {
            return text;
        }
    }

    /** Drops a top-level {@code endpoints:} block: from its line to the next line that starts a top-level key. */
    static String yaml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean skipping = false;
        for (String line : text.split("\n", -1)) {
            boolean topLevel = !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("-");
            if (topLevel) {
                String key = line.contains(":") ? line.substring(0, line.indexOf(':')).strip() : line.strip();
                skipping = NOT_OPENAPI.contains(key);
            }
            if (!skipping) {
                out.append(line).append('\n');
            }
        }
        return out.length() > 0 ? out.substring(0, out.length() - 1) : "";
    }

    /** Keeps what the OpenAPI resource writes, so that it can be cleaned before it is sent. */
    private static final class Capture extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        private int status = 200;
        private PrintWriter writer;
        private final ServletOutputStream stream = new ServletOutputStream() {
            @Override
            public void write(int b) {
                buffer.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                buffer.write(b, off, len);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException();
            }
        };

        Capture(HttpServletResponse res) {
            super(res);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(buffer, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void setContentLength(int len) {
            // the cleaned document has its own length
        }

        @Override
        public void setContentLengthLong(long len) {
            // the cleaned document has its own length
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        int status() {
            return status;
        }

        byte[] bytes() {
            return buffer.toByteArray();
        }
    }
}
