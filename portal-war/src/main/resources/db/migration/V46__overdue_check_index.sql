-- A social worker's overdue checks (CaseService.overdueChecks): the Municipio's open cases by (municipio, phase),
-- then each case's interventions whose next check is past by (case_id, next_check). Before, every intervention of
-- the Municipio was read with its case and the overdue ones kept in Java (issue 16).
CREATE INDEX ix_intervention_case_check ON case_intervention (case_id, next_check);
