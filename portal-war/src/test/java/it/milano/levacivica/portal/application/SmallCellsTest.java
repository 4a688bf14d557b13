package it.milano.levacivica.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.milano.levacivica.portal.application.SmallCells.Count;
import it.milano.levacivica.portal.application.SmallCells.Suppression;
import it.milano.levacivica.portal.application.SmallCells.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Small-cell suppression: a cell of 1, of 2, its complement, and tables that cannot be protected. */
class SmallCellsTest {

    private static Map<String, Long> cells(Object... keyValue) {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValue.length; i += 2) {
            m.put((String) keyValue[i], ((Number) keyValue[i + 1]).longValue());
        }
        return m;
    }

    private static final Count SMALL = new Count(null, Suppression.SMALL);
    private static final Count COMPLEMENT = new Count(null, Suppression.COMPLEMENT);

    @Test
    void aCellOfOneIsHiddenWithTheSmallestOtherCellSoTheTotalCannotRevealIt() {
        Table<String> t = SmallCells.suppress(cells("M1", 1, "M2", 10, "M3", 20), 3);
        assertFalse(t.withheld());
        assertEquals(List.of("M1", "M2", "M3"), List.copyOf(t.cells().keySet()), "order kept");
        assertEquals(SMALL, t.cells().get("M1"));
        assertEquals(COMPLEMENT, t.cells().get("M2"), "the smallest other cell is the complement");
        assertEquals(Count.shown(20), t.cells().get("M3"));
        // a reader who knows the total 31 learns M1 + M2 = 11: M1 could be 1 or 2
    }

    @Test
    void aCellOfTwoIsHiddenToo() {
        Table<String> t = SmallCells.suppress(cells("FIRST", 2, "SECOND", 7, "OTHER", 4), 3);
        assertEquals(SMALL, t.cells().get("FIRST"));
        assertEquals(COMPLEMENT, t.cells().get("OTHER"));
        assertEquals(Count.shown(7), t.cells().get("SECOND"));
    }

    @Test
    void complementsAreAddedUntilNoSmallCellCanBeDeduced() {
        // 2 + 3 = 5: the reader knows 2 small cells... here one small and one complement: (1,4) or (2,3)
        Table<String> enough = SmallCells.suppress(cells("A", 2, "B", 3, "C", 9), 3);
        assertEquals(SMALL, enough.cells().get("A"));
        assertEquals(COMPLEMENT, enough.cells().get("B"));
        assertEquals(Count.shown(9), enough.cells().get("C"));
        // 1 + 3 = 4 would tell A = 1 (B is at least 3): C is hidden as well
        Table<String> more = SmallCells.suppress(cells("A", 1, "B", 3, "C", 9), 3);
        assertEquals(SMALL, more.cells().get("A"));
        assertEquals(COMPLEMENT, more.cells().get("B"));
        assertEquals(COMPLEMENT, more.cells().get("C"));
        // three cells of 1: their sum is hidden with a complement
        Table<String> ones = SmallCells.suppress(cells("A", 1, "B", 1, "C", 1, "D", 10, "E", 12), 3);
        assertEquals(List.of(SMALL, SMALL, SMALL, COMPLEMENT, Count.shown(12)), List.copyOf(ones.cells().values()));
    }

    @Test
    void aTableThatCannotBeProtectedIsWithheldWhole() {
        assertTrue(SmallCells.suppress(cells("A", 1, "B", 3), 3).withheld(), "A + B = 4 would tell A = 1");
        assertTrue(SmallCells.suppress(cells("A", 2), 3).withheld(), "a total below the threshold");
        assertTrue(SmallCells.suppress(cells("A", 1, "B", 1), 3).cells().isEmpty());
    }

    @Test
    void nothingSmallNothingHiddenAndZerosStay() {
        Table<String> t = SmallCells.suppress(cells("A", 0, "B", 3, "C", 40), 3);
        assertEquals(List.of(Count.shown(0), Count.shown(3), Count.shown(40)), List.copyOf(t.cells().values()));
        assertEquals(List.of(Count.shown(1), Count.shown(2)), List.copyOf(SmallCells.suppress(cells("A", 1, "B", 2), 1).cells().values()),
                "a threshold of 1 hides nothing");
        assertTrue(SmallCells.suppress(Map.<String, Long>of(), 3).cells().isEmpty());
    }

    @Test
    void theThresholdIsConfigurable() {
        Table<String> t = SmallCells.suppress(cells("A", 4, "B", 6, "C", 30), 5);
        assertEquals(SMALL, t.cells().get("A"));
        assertEquals(COMPLEMENT, t.cells().get("B"));
        assertEquals(Count.shown(30), t.cells().get("C"));
    }

    @Test
    void singleCountsAndContracts() {
        assertEquals(SMALL, SmallCells.single(1, 3));
        assertEquals(SMALL, SmallCells.single(2, 3));
        assertEquals(Count.shown(3), SmallCells.single(3, 3));
        assertEquals(Count.shown(0), SmallCells.single(0, 3));
        assertThrows(IllegalArgumentException.class, () -> SmallCells.suppress(cells("A", -1), 3));
        assertThrows(NullPointerException.class, () -> SmallCells.suppress(null, 3));
        assertThrows(IllegalArgumentException.class, () -> new Count(null, Suppression.NONE));
        assertThrows(IllegalArgumentException.class, () -> new Count(3L, Suppression.SMALL));
    }
}
