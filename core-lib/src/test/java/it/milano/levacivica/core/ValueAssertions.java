package it.milano.levacivica.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

/** Checks of the value contract shared by the tests of core-lib's value types. */
public final class ValueAssertions {

    private ValueAssertions() {
    }

    /**
     * Asserts that two distinct instances are equal as values: both ways, with the same hash code and
     * the same text, and that neither equals null or an object of another type.
     *
     * @param a one instance
     * @param b another instance, computed separately from equal inputs
     */
    public static void assertSameValue(Object a, Object b) {
        assertNotSame(a, b, "two instances, not one reused");
        assertEquals(a, a);
        assertEquals(a, b);
        assertEquals(b, a);
        assertEquals(a.hashCode(), b.hashCode(), "equal values have equal hash codes");
        assertEquals(a.toString(), b.toString(), "equal values have the same text");
        assertNotEquals(null, a);
        assertNotEquals(a, new Object());
    }

    /**
     * Asserts that two instances are different values, both ways.
     *
     * @param a one instance
     * @param b another instance, computed from different inputs
     */
    public static void assertOtherValue(Object a, Object b) {
        assertNotEquals(a, b);
        assertNotEquals(b, a);
    }
}
