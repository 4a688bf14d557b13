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
public record Problem(String type, String title, int status, String detail, Map<String, String> errors,
        java.util.List<RuleViolationView> violations) {

    /**
     * A broken rule of core-lib.
     *
     * @param rule the stable rule id, e.g. {@code HOURS_PER_DAY_MAX}
     * @param severity ERROR (refused) or WARNING
     * @param field the field concerned
     * @param message in the caller's language
     * @param values the values involved
     * @param cell for a week saved at once, the cell ({@code date/category}), else null
     */
    public record RuleViolationView(String rule, String severity, String field, String message, Map<String, String> values, String cell) {
        static RuleViolationView of(it.milano.levacivica.core.rules.Violation v, java.util.Locale locale, String cell) {
            return new RuleViolationView(v.rule().name(), v.severity().name(), v.field().name(), v.message(locale), v.values(), cell);
        }
    }

    /** A problem without rule violations. */
    public Problem(String type, String title, int status, String detail, Map<String, String> errors) {
        this(type, title, status, detail, errors, null);
    }

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
