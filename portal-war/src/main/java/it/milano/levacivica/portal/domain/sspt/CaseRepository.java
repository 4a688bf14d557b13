package it.milano.levacivica.portal.domain.sspt;

import java.util.List;
import java.util.Optional;

/** Where cases and their parts are kept. */
public interface CaseRepository {
    Optional<SsptCase> find(long id);
    List<SsptCase> inMunicipio(int municipio);
    /**
     * A page of a Municipio's cases, newest first, read in the database.
     *
     * @param phase only cases in this phase, or null for any
     * @param beforeId only cases with a smaller id (the last of the previous page), or null for the first page
     * @param max at most this many
     */
    List<SsptCase> pageInMunicipio(int municipio, CasePhase phase, Long beforeId, int max);
    /** How cases are grouped for statistics; each is counted in the database. */
    enum Grouping { MUNICIPIO, LEVEL, TARGET_GROUP, PHASE, OPENED_MONTH, CLOSED_MONTH }

    /** @return the number of cases */
    long count();

    /**
     * What the statistics are made of, in five numbers that change whenever a case is added, changed (its version
     * grows, whoever writes it) or removed, or a move is added or removed: equal fingerprints, equal statistics.
     *
     * @param cases how many cases there are
     * @param caseVersions the sum of their versions
     * @param lastCase the highest case id
     * @param moves how many moves between phases there are
     * @param lastMove the highest move id
     */
    record Fingerprint(long cases, long caseVersions, long lastCase, long moves, long lastMove) implements java.io.Serializable {
    }

    /** @return the fingerprint of the cases now (two aggregates read from indexes, not from the cases' rows) */
    Fingerprint fingerprint();

    /**
     * Counts cases in the database (one aggregate query), never by reading them.
     *
     * @param grouping what to group by; months are written {@code 2026-11}; closed months count closed cases only
     * @return each group's name and its number of cases, in the names' order
     */
    java.util.SortedMap<String, Long> countBy(Grouping grouping);

    /**
     * The time cases spent in each phase they left, from the case's opening or its previous move to the move
     * out of it, counted in whole hours per stay (one aggregate query).
     *
     * @return for each phase left: the total days spent in it and the number of stays
     */
    java.util.SortedMap<String, double[]> daysInPhases();
    /** Persists and flushes, so that the id (and the code made from it) is known. */
    void add(SsptCase c);
    void add(Object part);
    List<CaseTransition> transitions(long caseId);
    List<CaseDetail.Member> members(long caseId);
    List<CaseDetail.Collaborator> collaborators(long caseId);
    boolean isCollaborator(long caseId, long personId);
    List<CaseDetail.Goal> goals(long caseId);
    List<CaseDetail.Intervention> interventions(long caseId);
    /**
     * The interventions of a Municipio's open cases whose check is overdue on {@code today}
     * ({@link CaseDetail.Intervention#isCheckOverdue}), chosen in the database, the longest overdue first.
     *
     * @param max at most this many
     */
    List<CaseDetail.Intervention> overdueChecksInMunicipio(int municipio, java.time.LocalDate today, int max);
    List<CaseDetail.Monitoring> monitoring(long caseId);
    /** @return the household member of a case, or empty */
    Optional<CaseDetail.Member> member(long caseId, long memberId);
    /** @return the corrections of a case's members, oldest first */
    List<CaseDetail.MemberChange> memberChanges(long caseId);
}
