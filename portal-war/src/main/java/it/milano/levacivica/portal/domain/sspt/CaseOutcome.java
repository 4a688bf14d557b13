package it.milano.levacivica.portal.domain.sspt;

/** How a case ended: the final evaluation's verdict on the goals, or orientation to another service at reception. */
public enum CaseOutcome {
    GOALS_REACHED, GOALS_PARTLY_REACHED, GOALS_NOT_REACHED, ORIENTED_ELSEWHERE
}
