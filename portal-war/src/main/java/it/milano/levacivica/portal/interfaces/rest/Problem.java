package it.milano.levacivica.portal.interfaces.rest;

import it.milano.levacivica.core.rules.Violation;
import it.milano.levacivica.core.rules.Week;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
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
 * @param violations the rules of core-lib broken, or null (then left out of the JSON)
 */
@JsonbNillable(false)
public record Problem(String type, String title, int status, String detail, Map<String, String> errors,
        java.util.List<RuleViolationView> violations) {

    /**
     * A broken rule of core-lib.
     *
     * @param rule the stable rule id, e.g. {@code HOURS_PER_DAY_MAX}
     * @param severity ERROR (refused) or WARNING
     * @param field the field concerned
     * @param message in the caller's language
     * @param values the values involved, typed as JSON can carry them ({@link #values(Violation)})
     * @param cell for a week saved at once, the cell ({@code date/category}), else null
     */
    public record RuleViolationView(String rule, String severity, String field, String message, Map<String, Object> values, String cell) {
        static RuleViolationView of(Violation v, java.util.Locale locale, String cell) {
            return new RuleViolationView(v.rule().name(), v.severity().name(), v.field().name(), v.message(locale), Problem.values(v), cell);
        }
    }

    /**
     * A violation's typed values as JSON carries them: a day, a time or a month as ISO 8601 text
     * ({@code 2026-10-20}, {@code 2026-10-20T14:30}, {@code 2026-10}), a week as its dates
     * ({@code {"monday":"2026-10-19","sunday":"2026-10-25"}}), hours as whole minutes, counts as numbers,
     * a day of the week, category or kind of absence by its name ({@code MONDAY}). Never a text to parse.
     *
     * @param v a violation
     * @return its values by name, in the order of the message
     */
    public static Map<String, Object> values(Violation v) {
        Map<String, Object> out = new LinkedHashMap<>();
        v.values().forEach((name, value) -> out.put(name, json(value)));
        return out;
    }

    private static Object json(Object value) {
        if (value instanceof Duration d) {
            return d.toMinutes();
        } else if (value instanceof Week w) {
            Map<String, Object> week = new LinkedHashMap<>();
            week.put("monday", w.monday().toString());
            week.put("sunday", w.sunday().toString());
            return week;
        } else if (value instanceof Number || value instanceof String) {
            return value;
        } else if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString(); // LocalDate, LocalDateTime, YearMonth: ISO 8601
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
