package it.milano.levacivica.portal.interfaces.rest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Query parameters typed at the edge like bodies ({@link TypedJson}): a name of a list or an id that is not one
 * answers 400 naming the parameter, instead of JAX-RS's 404 for a parameter it cannot convert.
 */
final class QueryValues {

    private QueryValues() {
    }

    /**
     * @param <E> the list of names
     * @param type its class
     * @param text the parameter, or null
     * @param field the parameter's name
     * @return the constant named (case and surrounding spaces do not matter), or null when the parameter is absent or blank
     * @throws TypedBody.Invalid naming the parameter and the names it accepts
     */
    static <E extends Enum<E>> E constant(Class<E> type, String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (E c : type.getEnumConstants()) {
            if (c.name().equals(text.strip().toUpperCase(Locale.ROOT))) {
                return c;
            }
        }
        String names = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw new TypedBody.Invalid(List.of(new TypedJson.FieldError(field, "validation.type.enum", List.of(names))));
    }

    /**
     * @param text the parameter, or null
     * @param field the parameter's name
     * @return the id, or null when the parameter is absent or blank
     * @throws TypedBody.Invalid naming the parameter when it is not a whole number
     */
    static Long id(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new TypedBody.Invalid(List.of(new TypedJson.FieldError(field, "validation.type.integer", List.of())));
        }
    }
}
