package it.milano.levacivica.portal.domain.rst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The 18-month clock and the category/housing compatibility, at their boundaries. */
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
}
