package it.milano.levacivica.portal.domain.sspt;

import static it.milano.levacivica.portal.domain.sspt.CasePhase.ANALYSIS;
import static it.milano.levacivica.portal.domain.sspt.CasePhase.CLOSED;
import static it.milano.levacivica.portal.domain.sspt.CasePhase.FINAL_EVALUATION;
import static it.milano.levacivica.portal.domain.sspt.CasePhase.FIRST_INTERVIEW;
import static it.milano.levacivica.portal.domain.sspt.CasePhase.MONITORING;
import static it.milano.levacivica.portal.domain.sspt.CasePhase.PLANNING;
import static it.milano.levacivica.portal.domain.sspt.CasePhase.RECEPTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every pair of phases: exactly the seed's moves are allowed, and closing needs the right outcome. */
class CasePhaseTest {

    private static final Map<CasePhase, Set<CasePhase>> ALLOWED = Map.of(
            RECEPTION, EnumSet.of(FIRST_INTERVIEW, CLOSED),
            FIRST_INTERVIEW, EnumSet.of(ANALYSIS),
            ANALYSIS, EnumSet.of(PLANNING),
            PLANNING, EnumSet.of(MONITORING),
            MONITORING, EnumSet.of(PLANNING, FINAL_EVALUATION),
            FINAL_EVALUATION, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(CasePhase.class));

    @Test
    void onlyTheSeedsMovesAreAllowed() {
        for (CasePhase from : CasePhase.values()) {
            for (CasePhase to : CasePhase.values()) {
                CaseOutcome outcome = from == RECEPTION ? CaseOutcome.ORIENTED_ELSEWHERE : CaseOutcome.GOALS_REACHED;
                String refusal = from.refusal(to, outcome);
                if (ALLOWED.get(from).contains(to)) {
                    assertNull(refusal, from + " -> " + to);
                } else {
                    assertEquals("case.transition.refused", refusal, from + " -> " + to);
                }
            }
        }
    }

    @Test
    void thePhasesOfferedNextAreExactlyTheAllowedMoves() {
        for (CasePhase from : CasePhase.values()) {
            assertEquals(ALLOWED.get(from), Set.copyOf(from.next()), from.name());
        }
        assertEquals(java.util.List.of(FIRST_INTERVIEW, CLOSED), RECEPTION.next());
        assertEquals(java.util.List.of(), CLOSED.next());
    }

    @Test
    void closingNeedsTheRightOutcome() {
        assertEquals("case.transition.orientRequired", RECEPTION.refusal(CLOSED, null));
        assertEquals("case.transition.orientRequired", RECEPTION.refusal(CLOSED, CaseOutcome.GOALS_REACHED));
        assertNull(RECEPTION.refusal(CLOSED, CaseOutcome.ORIENTED_ELSEWHERE));
        assertEquals("case.transition.outcomeRequired", FINAL_EVALUATION.refusal(CLOSED, null));
        assertEquals("case.transition.outcomeRequired", FINAL_EVALUATION.refusal(CLOSED, CaseOutcome.ORIENTED_ELSEWHERE));
        for (CaseOutcome o : EnumSet.of(CaseOutcome.GOALS_REACHED, CaseOutcome.GOALS_PARTLY_REACHED, CaseOutcome.GOALS_NOT_REACHED)) {
            assertNull(FINAL_EVALUATION.refusal(CLOSED, o), o.name());
        }
    }
}
