package it.milano.levacivica.portal.domain.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 18-month clock of a person and the category/housing compatibility, at their boundaries. */
class RstRulesTest {

    @Test
    void eachCategoryGoesToItsHousingTypeOnly() {
        for (BeneficiaryCategory c : BeneficiaryCategory.values()) {
            for (HousingType t : HousingType.values()) {
                boolean expected = switch (c) {
                    case ELDERLY_MINIMAL_AUTONOMY, FRAGILE_ADULT -> t == HousingType.SHARED_FLAT;
                    case MILD_DISABILITY -> t == HousingType.PROTECTED_FLAT;
                    case HOUSEHOLD_WITH_MINORS -> t == HousingType.APARTMENT;
                };
                assertEquals(expected, RstRules.compatible(c, t), c + " in " + t);
            }
        }
    }

    @Test
    void aStayLastsAtMostEighteenMonthsFromTheFirstStart() {
        LocalDate first = LocalDate.of(2026, 1, 15);
        assertEquals(LocalDate.of(2027, 7, 14), RstRules.lastAllowedDay(first));
        assertTrue(RstRules.withinMaximum(first, LocalDate.of(2027, 7, 14)), "the last allowed day");
        assertFalse(RstRules.withinMaximum(first, LocalDate.of(2027, 7, 15)), "one day more");
        LocalDate endOfMonth = LocalDate.of(2026, 8, 31);
        assertEquals(LocalDate.of(2028, 2, 28), RstRules.lastAllowedDay(endOfMonth), "month ends clamp (Feb 2028 has 29 days: 28 + 1 - 1)");
    }

    @Test
    void theExitIsPlannedFromSixteenMonthsAndEndsWithinThirtyDaysAreFlagged() {
        LocalDate first = LocalDate.of(2026, 1, 15);
        assertFalse(RstRules.timeToPlanExit(first, LocalDate.of(2027, 5, 14)));
        assertTrue(RstRules.timeToPlanExit(first, LocalDate.of(2027, 5, 15)));
        LocalDate today = LocalDate.of(2026, 11, 24);
        assertTrue(RstRules.endingSoon(today, today));
        assertTrue(RstRules.endingSoon(today.plusDays(30), today));
        assertFalse(RstRules.endingSoon(today.plusDays(31), today));
        assertFalse(RstRules.endingSoon(today.minusDays(1), today), "already ended");
    }

    @Test
    void theClockRunsFromTheEarliestStartKnownForThePerson() {
        LocalDate elsewhere = LocalDate.of(2025, 1, 10);
        LocalDate now = LocalDate.of(2026, 6, 10);
        assertEquals(now, RstRules.firstStart(now, List.of()), "a first placement starts the clock");
        assertEquals(elsewhere, RstRules.firstStart(now, List.of(elsewhere)), "a placement elsewhere 17 months ago");
        assertEquals(LocalDate.of(2026, 7, 9), RstRules.lastAllowedDay(RstRules.firstStart(now, List.of(elsewhere))));
        assertFalse(RstRules.withinMaximum(RstRules.firstStart(now, List.of(elsewhere)), now.plusMonths(6)),
                "a move to another flat does not restart the 18 months");
        LocalDate declared = LocalDate.of(2024, 11, 1);
        assertEquals(declared, RstRules.firstStart(now, List.of(elsewhere, declared)), "a stay declared from before the portal comes first");
        assertEquals(elsewhere, RstRules.firstStart(LocalDate.of(2025, 3, 1), List.of(LocalDate.of(2026, 1, 1), elsewhere)),
                "the order of what is known does not matter");
        LocalDate earlierPlacement = LocalDate.of(2024, 5, 1);
        assertEquals(earlierPlacement, RstRules.firstStart(earlierPlacement, List.of(elsewhere)),
                "a placement recorded as starting before the known ones starts the clock itself");
    }

    @Test
    void theFirstStartTakesNoNulls() {
        LocalDate d = LocalDate.of(2026, 1, 1);
        assertThrows(NullPointerException.class, () -> RstRules.firstStart(null, List.of()));
        assertThrows(NullPointerException.class, () -> RstRules.firstStart(d, null));
        assertThrows(NullPointerException.class, () -> RstRules.firstStart(d, Arrays.asList(d, null)));
    }
}
