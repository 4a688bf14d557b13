package it.milano.levacivica.portal.domain.sspt;

/**
 * The phases of an SSPT intervention, in the seed's order: reception (accoglienza), first interview
 * (segretariato sociale), analysis, planning (progettazione), monitoring, final evaluation, closed.
 * A case moves one phase forward at a time; monitoring may go back to planning (new goals); reception
 * may close at once by orienting the person to another service; a case closes only after the final
 * evaluation, with its outcome.
 */
public enum CasePhase {
    RECEPTION, FIRST_INTERVIEW, ANALYSIS, PLANNING, MONITORING, FINAL_EVALUATION, CLOSED;

    /**
     * @param to the phase wanted
     * @param outcome the outcome given with the move (required to close)
     * @return null if the move is allowed, otherwise the key of the message that says why not
     */
    public String refusal(CasePhase to, CaseOutcome outcome) {
        if (!leadsTo(to)) {
            return "case.transition.refused";
        }
        if (to == CLOSED) {
            if (this == RECEPTION && outcome != CaseOutcome.ORIENTED_ELSEWHERE) {
                return "case.transition.orientRequired";
            }
            if (this == FINAL_EVALUATION && (outcome == null || outcome == CaseOutcome.ORIENTED_ELSEWHERE)) {
                return "case.transition.outcomeRequired";
            }
        }
        return null;
    }

    /** @return the phases a case in this phase may move to (what the case page offers), in order */
    public java.util.List<CasePhase> next() {
        return java.util.Arrays.stream(values()).filter(this::leadsTo).toList();
    }

    private boolean leadsTo(CasePhase to) {
        return switch (this) {
            case RECEPTION -> to == FIRST_INTERVIEW || to == CLOSED;
            case FIRST_INTERVIEW -> to == ANALYSIS;
            case ANALYSIS -> to == PLANNING;
            case PLANNING -> to == MONITORING;
            case MONITORING -> to == PLANNING || to == FINAL_EVALUATION;
            case FINAL_EVALUATION -> to == CLOSED;
            case CLOSED -> false;
        };
    }
}
