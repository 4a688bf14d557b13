package it.milano.levacivica.portal.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.milano.levacivica.core.rules.ActivityType;
import it.milano.levacivica.core.rules.Category;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Bodies bound by the fields' types: every value of the wrong type named, nothing else refused. */
class TypedJsonTest {

    record Task(String title, LocalDate dueDate) {
    }

    record Command(LocalDate date, Category category, Integer minutes, ActivityType activityType, Long version, boolean urgent,
            LocalDateTime heldAt, List<Long> ids, Set<Category> categories, List<Task> tasks, String note) {
    }

    @Test
    void aWellTypedBodyIsBoundAndUnknownPropertiesAreIgnored() {
        List<TypedJson.FieldError> errors = new ArrayList<>();
        Command c = TypedJson.read(Command.class, obj("date", str(" 2026-11-24 "), "category", str("service"), "minutes", num(60),
                "activityType", str("COMMUNICATION"), "version", num(3), "urgent", JsonValue.TRUE, "heldAt", str("2026-11-24T09:30"),
                "ids", arr(num(1), num(2)), "categories", arr(str("SERVICE"), str("SERVICE")),
                "tasks", arr(obj("title", str("Chiamare"), "dueDate", str("2026-12-01"))), "note", str("ok"), "extra", obj()), errors);
        assertEquals(List.of(), errors);
        assertEquals(new Command(LocalDate.of(2026, 11, 24), Category.SERVICE, 60, ActivityType.COMMUNICATION, 3L, true,
                LocalDateTime.of(2026, 11, 24, 9, 30), List.of(1L, 2L), Set.of(Category.SERVICE),
                List.of(new Task("Chiamare", LocalDate.of(2026, 12, 1))), "ok"), c);
    }

    @Test
    void missingNullAndBlankValuesAreLeftToTheServicesToRequire() {
        List<TypedJson.FieldError> errors = new ArrayList<>();
        Command c = TypedJson.read(Command.class, obj("date", str(""), "category", JsonValue.NULL, "activityType", str("  ")), errors);
        assertEquals(List.of(), errors);
        assertEquals(new Command(null, null, null, null, null, false, null, null, null, null, null), c);
    }

    @Test
    void everyValueOfTheWrongTypeIsNamedWithItsKey() {
        List<TypedJson.FieldError> errors = new ArrayList<>();
        Command c = TypedJson.read(Command.class, obj("date", str("2026-13-45"), "category", str("NAPPING"), "minutes", str("abc"),
                "version", num(new BigDecimal("1.5")), "urgent", str("yes"), "heldAt", str("domani"), "ids", obj(),
                "categories", arr(num(1)), "tasks", arr(str("x"), obj("dueDate", num(20261201))), "note", num(7)), errors);
        assertNull(c);
        Map<String, String> byField = new LinkedHashMap<>();
        errors.forEach(e -> byField.put(e.field(), e.key()));
        assertEquals(Map.ofEntries(Map.entry("date", "validation.date"), Map.entry("category", "validation.type.enum"),
                Map.entry("minutes", "validation.type.integer"), Map.entry("version", "validation.type.integer"),
                Map.entry("urgent", "validation.type.boolean"), Map.entry("heldAt", "validation.dateTime"),
                Map.entry("ids", "validation.type.list"), Map.entry("categories[0]", "validation.type.enum"),
                Map.entry("tasks[0]", "validation.type.object"), Map.entry("tasks[1].dueDate", "validation.date"),
                Map.entry("note", "validation.type.text")), byField);
        assertEquals(List.of("SERVICE, SPECIFIC_TRAINING, COMPETENCE_CERTIFICATE"),
                errors.stream().filter(e -> e.field().equals("category")).findFirst().orElseThrow().args());
    }

    @Test
    void numbersOutOfRangeAreWrongToo() {
        List<TypedJson.FieldError> errors = new ArrayList<>();
        TypedJson.read(Command.class, obj("minutes", num(new BigDecimal("3000000000")), "version", num(new BigDecimal("1e30"))), errors);
        assertEquals(List.of("minutes", "version"), errors.stream().map(TypedJson.FieldError::field).toList());
    }

    @Test
    void theReaderSaysWhichTypesItCanBind() {
        assertTrue(TypedJson.supports(Command.class));
        assertFalse(TypedJson.supports(Object.class));
        assertFalse(TypedJson.supports(Map.class));
        record WithMap(Map<String, String> values) {
        }
        assertFalse(TypedJson.supports(WithMap.class));
    }

    // ------------------------------------------------------------------ JSON-P values without a provider

    static JsonString str(String s) {
        return new JsonString() {
            @Override public String getString() { return s; }
            @Override public CharSequence getChars() { return s; }
            @Override public ValueType getValueType() { return ValueType.STRING; }
        };
    }

    static JsonNumber num(long n) {
        return num(BigDecimal.valueOf(n));
    }

    static JsonNumber num(BigDecimal n) {
        return new JsonNumber() {
            @Override public boolean isIntegral() { return n.scale() <= 0 || n.stripTrailingZeros().scale() <= 0; }
            @Override public int intValue() { return n.intValue(); }
            @Override public int intValueExact() { return n.intValueExact(); }
            @Override public long longValue() { return n.longValue(); }
            @Override public long longValueExact() { return n.longValueExact(); }
            @Override public BigInteger bigIntegerValue() { return n.toBigInteger(); }
            @Override public BigInteger bigIntegerValueExact() { return n.toBigIntegerExact(); }
            @Override public double doubleValue() { return n.doubleValue(); }
            @Override public BigDecimal bigDecimalValue() { return n; }
            @Override public ValueType getValueType() { return ValueType.NUMBER; }
        };
    }

    static JsonObject obj(Object... pairs) {
        Map<String, JsonValue> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (JsonValue) pairs[i + 1]);
        }
        return proxy(JsonObject.class, m, JsonValue.ValueType.OBJECT);
    }

    static JsonArray arr(JsonValue... values) {
        return proxy(JsonArray.class, List.of(values), JsonValue.ValueType.ARRAY);
    }

    private static <T> T proxy(Class<T> type, Object delegate, JsonValue.ValueType valueType) {
        return type.cast(Proxy.newProxyInstance(TypedJsonTest.class.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (m.getName().equals("getValueType")) {
                return valueType;
            }
            try {
                return m.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
