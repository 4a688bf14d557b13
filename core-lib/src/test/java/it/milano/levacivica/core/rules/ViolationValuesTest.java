package it.milano.levacivica.core.rules;

import static java.time.Duration.ofHours;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A violation's values behave as the unmodifiable map in message order they are documented to be. */
class ViolationValuesTest {

    static final LocalDate DAY = LocalDate.of(2026, 5, 29);

    static Violation daily(Object... namesAndValues) {
        return Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.ERROR, Field.DURATION, namesAndValues);
    }

    @Test
    void theValuesAreAMapInMessageOrder() {
        Map<String, Object> values = daily("date", DAY, "total", ofHours(9), "limit", ofHours(8)).values();
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("date", DAY);
        expected.put("total", ofHours(9));
        expected.put("limit", ofHours(8));
        assertEquals(expected, values);
        assertEquals(values, expected);
        assertEquals(expected.hashCode(), values.hashCode());
        assertEquals(expected.toString(), values.toString());
        assertEquals(List.of("date", "total", "limit"), List.copyOf(values.keySet()));
        assertEquals(List.of(DAY, ofHours(9), ofHours(8)), List.copyOf(values.values()));
        assertEquals(3, values.size());
        assertTrue(values.containsKey("total"));
        assertFalse(values.containsKey("week"));
        assertTrue(values.containsValue(ofHours(8)));
        assertEquals(ofHours(9), values.get("total"));
        assertNull(values.get("week"));
        assertNull(values.get(null));
        assertTrue(daily().values().isEmpty());
    }

    @Test
    void aRepeatedNameKeepsItsFirstPlaceAndLastValue() {
        Violation v = daily("total", ofHours(9), "date", DAY, "total", ofHours(10));
        assertEquals(List.of("total", "date"), List.copyOf(v.values().keySet()));
        assertEquals(Optional.of(ofHours(10)), v.value("total", Duration.class));
        assertEquals(daily("total", ofHours(10), "date", DAY), v);
        assertEquals("ERROR HOURS_PER_DAY_MAX {total=PT10H, date=2026-05-29}", v.toString());
    }

    @Test
    void theValuesCannotBeChanged() {
        Map<String, Object> values = daily("date", DAY, "limit", ofHours(8)).values();
        assertThrows(UnsupportedOperationException.class, () -> values.put("limit", ofHours(9)));
        assertThrows(UnsupportedOperationException.class, () -> values.remove("limit"));
        assertThrows(UnsupportedOperationException.class, values::clear);
        assertThrows(UnsupportedOperationException.class, () -> daily().values().clear());
        assertThrows(UnsupportedOperationException.class, () -> values.keySet().remove("limit"));
        assertThrows(UnsupportedOperationException.class, () -> values.entrySet().iterator().next().setValue(DAY));
        assertThrows(UnsupportedOperationException.class, () -> {
            var it = values.values().iterator();
            it.next();
            it.remove();
        });
        var it = values.entrySet().iterator();
        it.next();
        it.next();
        assertThrows(NoSuchElementException.class, it::next);
        Object[] given = {"date", DAY, "limit", ofHours(8)};
        Violation v = daily(given);
        given[3] = ofHours(1);
        assertEquals(ofHours(8), v.values().get("limit"), "the names and values are copied");
    }

    @Test
    void theValuesCanBeSerializedAsBefore() throws Exception {
        Map<String, Object> values = daily("date", DAY, "total", ofHours(9), "limit", ofHours(8)).values();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(values);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            Object copy = in.readObject();
            assertEquals(values, copy);
            assertEquals(List.of("date", "total", "limit"), List.copyOf(((Map<?, ?>) copy).keySet()));
        }
    }

    @Test
    void equalViolationsHaveEqualValuesInAnyOrder() {
        Violation a = daily("date", DAY, "total", ofHours(9), "limit", ofHours(8));
        Violation b = daily("limit", ofHours(8), "date", DAY, "total", ofHours(9));
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, daily("date", DAY, "total", ofHours(9)));
        assertNotEquals(a, daily("date", DAY, "total", ofHours(9), "limit", ofHours(7)));
        assertNotEquals(a, daily("date", DAY, "total", ofHours(9), "step", ofHours(8)));
        assertNotEquals(a, Violation.of(RuleId.HOURS_PER_DAY_MAX, Severity.WARNING, Field.DURATION,
                "date", DAY, "total", ofHours(9), "limit", ofHours(8)));
        assertEquals(daily(), daily());
    }
}
