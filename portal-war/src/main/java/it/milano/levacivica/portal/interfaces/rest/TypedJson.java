package it.milano.levacivica.portal.interfaces.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds a JSON object to a command record, component by component, by the components' Java types, and
 * collects every value of the wrong type as a {@link FieldError} naming the field ({@code minutes},
 * {@code tasks[0].dueDate}) instead of stopping at the first. Ranges and required fields are the
 * services' to check ({@code FieldCheck}): here a missing value or JSON {@code null} is {@code null}, and
 * a blank text where a date, a time or a name of a list is expected counts as missing.
 *
 * <p>The types it knows: {@link String}, {@link Integer}/{@code int} and {@link Long}/{@code long} (JSON
 * numbers without a fraction, in range), {@link Boolean}/{@code boolean} (JSON {@code true}/{@code false}),
 * {@link LocalDate} ({@code 2026-11-24}), {@link LocalDateTime} ({@code 2026-11-24T09:30}), enums (by name;
 * case and surrounding spaces do not matter), {@link List} and {@link Set} of these, and records of these.
 * Properties the record does not have are ignored. Stateless and thread-safe.
 */
final class TypedJson {

    /**
     * A value that is not of the field's type.
     *
     * @param field the field's path, e.g. {@code minutes}, {@code tasks[0].dueDate}
     * @param key the message key in the portal's bundle
     * @param args the message's arguments (the accepted names of an enum), possibly empty
     */
    record FieldError(String field, String key, List<Object> args) {
        FieldError {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(key, "key");
            args = List.copyOf(args);
        }
    }

    private TypedJson() {
    }

    /**
     * @param type a record type, or any other type this reader knows
     * @return whether {@link #read} can bind it (checked recursively through records and collections)
     */
    static boolean supports(Type type) {
        return supports(type, new LinkedHashSet<>());
    }

    private static boolean supports(Type type, Set<Type> seen) {
        if (type instanceof ParameterizedType p) {
            return (p.getRawType() == List.class || p.getRawType() == Set.class) && supports(p.getActualTypeArguments()[0], seen);
        }
        if (!(type instanceof Class<?> c)) {
            return false;
        }
        if (c == String.class || c == Integer.class || c == int.class || c == Long.class || c == long.class || c == Boolean.class
                || c == boolean.class || c == LocalDate.class || c == LocalDateTime.class || c.isEnum()) {
            return true;
        }
        if (c.isRecord()) {
            if (!seen.add(c)) {
                return true;
            }
            return Arrays.stream(c.getRecordComponents()).allMatch(rc -> supports(rc.getGenericType(), seen));
        }
        return false;
    }

    /**
     * Binds an object to a record.
     *
     * @param <R> the record
     * @param type the record's class
     * @param json the object
     * @param errors receives each field of the wrong type; when any is added the result is null
     * @return the record, or null if {@code errors} grew
     */
    static <R extends Record> R read(Class<R> type, JsonObject json, List<FieldError> errors) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(json, "json");
        int before = errors.size();
        Object r = record(type, json, "", errors);
        return errors.size() > before ? null : type.cast(r);
    }

    private static Object record(Class<?> type, JsonObject json, String prefix, List<FieldError> errors) {
        int before = errors.size();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            types[i] = rc.getType();
            JsonValue v = json.get(rc.getName());
            values[i] = value(rc.getGenericType(), v, prefix + rc.getName(), errors);
        }
        if (errors.size() > before) {
            return null; // a primitive component may hold no value: the record is not made
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (InvocationTargetException e) {
            // a compact constructor refused the values: not a type error of the client's, a bug to show as such
            throw new IllegalStateException("cannot make " + type.getName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make " + type.getName(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object value(Type type, JsonValue v, String field, List<FieldError> errors) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return primitiveDefault(raw);
        }
        if (raw == String.class) {
            return v instanceof JsonString s ? s.getString() : wrong(field, "validation.type.text", errors);
        }
        if (raw == Integer.class || raw == int.class) {
            if (v instanceof JsonNumber n && n.isIntegral()) {
                try {
                    return n.intValueExact();
                } catch (ArithmeticException e) {
                    return wrong(field, "validation.type.integer", errors);
                }
            }
            return wrong(field, "validation.type.integer", errors);
        }
        if (raw == Long.class || raw == long.class) {
            if (v instanceof JsonNumber n && n.isIntegral()) {
                try {
                    return n.longValueExact();
                } catch (ArithmeticException e) {
                    return wrong(field, "validation.type.integer", errors);
                }
            }
            return wrong(field, "validation.type.integer", errors);
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return switch (v.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> wrong(field, "validation.type.boolean", errors);
            };
        }
        if (raw == LocalDate.class || raw == LocalDateTime.class) {
            if (!(v instanceof JsonString s)) {
                return wrong(field, raw == LocalDate.class ? "validation.date" : "validation.dateTime", errors);
            }
            String text = s.getString().strip();
            if (text.isEmpty()) {
                return null;
            }
            try {
                return raw == LocalDate.class ? LocalDate.parse(text) : LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                return wrong(field, raw == LocalDate.class ? "validation.date" : "validation.dateTime", errors);
            }
        }
        if (raw.isEnum()) {
            return constant(raw, v, field, errors);
        }
        if (raw == List.class || raw == Set.class) {
            if (!(v instanceof JsonArray array)) {
                return wrong(field, "validation.type.list", errors);
            }
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            Collection<Object> out = raw == List.class ? new ArrayList<>() : new LinkedHashSet<>();
            for (int i = 0; i < array.size(); i++) {
                out.add(value(element, array.get(i), field + "[" + i + "]", errors));
            }
            return raw == List.class ? java.util.Collections.unmodifiableList((List<Object>) out)
                    : java.util.Collections.unmodifiableSet((Set<Object>) out);
        }
        if (raw.isRecord()) {
            return v instanceof JsonObject o ? record(raw, o, field + ".", errors) : wrong(field, "validation.type.object", errors);
        }
        throw new IllegalStateException("no JSON binding for " + type + " (" + field + ")");
    }

    private static Object constant(Class<?> type, JsonValue v, String field, List<FieldError> errors) {
        Object[] constants = type.getEnumConstants();
        if (v instanceof JsonString s) {
            String text = s.getString().strip();
            if (text.isEmpty()) {
                return null;
            }
            for (Object c : constants) {
                if (((Enum<?>) c).name().equals(text)) {
                    return c;
                }
            }
            for (Object c : constants) {
                if (((Enum<?>) c).name().equals(text.toUpperCase(Locale.ROOT))) {
                    return c;
                }
            }
        }
        String names = Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        errors.add(new FieldError(field, "validation.type.enum", List.of(names)));
        return null;
    }

    private static Object wrong(String field, String key, List<FieldError> errors) {
        errors.add(new FieldError(field, key, List.of()));
        return null;
    }

    private static Object primitiveDefault(Class<?> type) {
        if (type == int.class) {
            return 0;
        } else if (type == long.class) {
            return 0L;
        } else if (type == boolean.class) {
            return false;
        }
        return null;
    }
}
