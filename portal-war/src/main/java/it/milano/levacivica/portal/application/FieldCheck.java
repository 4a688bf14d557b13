package it.milano.levacivica.portal.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a command's fields and collects every problem, one message key per field, before the service
 * touches anything; {@link #orThrow()} refuses the command with all of them at once. Pages and API get
 * the same checks because the services run them. (Bean Validation annotations on record components
 * break Payara 6.2025.10's OpenAPI generator, payara/Payara#7649, hence this small helper.)
 */
final class FieldCheck {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Map<String, String> errors = new LinkedHashMap<>();

    static FieldCheck of(Object command) {
        if (command == null) {
            throw new InvalidInputException("error.body.missing", Map.of());
        }
        return new FieldCheck();
    }

    FieldCheck required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank()) || (value instanceof Collection<?> c && c.isEmpty())) {
            errors.putIfAbsent(field, "validation.required");
        }
        return this;
    }

    FieldCheck text(String field, String value, int maxLength) {
        required(field, value);
        if (value != null && value.strip().length() > maxLength) {
            errors.putIfAbsent(field, "validation.tooLong");
        }
        return this;
    }

    FieldCheck matches(String field, String value, Pattern pattern, String key) {
        required(field, value);
        if (value != null && !value.isBlank() && !pattern.matcher(value).matches()) {
            errors.putIfAbsent(field, key);
        }
        return this;
    }

    FieldCheck email(String field, String value) {
        text(field, value, 254);
        return matches(field, value == null ? null : value.strip(), EMAIL, "validation.email");
    }

    FieldCheck range(String field, Integer value, int min, int max, String key) {
        required(field, value);
        if (value != null && (value < min || value > max)) {
            errors.putIfAbsent(field, key);
        }
        return this;
    }

    FieldCheck length(String field, String value, int min, int max, String key) {
        required(field, value);
        if (value != null && (value.length() < min || value.length() > max)) {
            errors.putIfAbsent(field, key);
        }
        return this;
    }

    FieldCheck that(boolean ok, String field, String key) {
        if (!ok) {
            errors.putIfAbsent(field, key);
        }
        return this;
    }

    void orThrow() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException("error.invalid", errors);
        }
    }
}
