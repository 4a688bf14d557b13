package it.milano.levacivica.portal.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * An RFC 9457 problem detail: {@code type} is stable per kind of error, {@code detail} is for a person
 * (in the caller's language), {@code errors} names the fields concerned.
 *
 * @param type e.g. {@code /problems/invalid-input}
 * @param title short English summary
 * @param status the HTTP status
 * @param detail explanation in the caller's language
 * @param errors field name to message, possibly empty
 */
public record Problem(String type, String title, int status, String detail, Map<String, String> errors) {

    /** The media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** @return the response carrying this problem */
    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }

    static Problem of(String type, String title, int status, String detail) {
        return new Problem("/problems/" + type, title, status, detail, Map.of());
    }
}
