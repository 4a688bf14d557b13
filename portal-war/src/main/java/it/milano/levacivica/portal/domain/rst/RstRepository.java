package it.milano.levacivica.portal.domain.rst;

import it.milano.levacivica.portal.domain.sspt.CaseDetail;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where housing units, placements and pacts are kept. */
public interface RstRepository {
    Optional<HousingUnit> findUnit(long id);
    List<HousingUnit> units();
    void add(Object entity);
    /**
     * Locks the unit's row until the transaction ends, so that its last place is taken once. Take the locks before
     * reading what they guard: a plain read made earlier in the transaction fixes a snapshot that misses what the
     * previous holder of the lock committed (REPEATABLE READ).
     */
    void lock(HousingUnit unit);
    /**
     * Locks the household member's row until the transaction ends, so that their 18-month clock is read and
     * moved by one placement or extension at a time (lock the member before the unit).
     */
    void lock(CaseDetail.Member member);
    /** @return every placement of the household member, in any unit, ended or not, by start */
    List<Placement> ofMember(long memberId);
    /** @return the stays declared for the household member as begun before the portal recorded them, earliest first */
    List<DeclaredStay> declaredStays(long memberId);
    /** @return placements of the unit whose stay overlaps {@code [from, to]} (both inclusive), not counting {@code except} */
    long overlapping(long unitId, LocalDate from, LocalDate to, Long except);
    Optional<Placement> find(long id);
    List<Placement> ofCase(long caseId);
    List<Placement> inMunicipio(int municipio);
    List<Placement> all();
    List<Pact.Goal> goals(long placementId);
    List<Pact.Step> steps(long placementId);
    Optional<Pact.Step> findStep(long id);
    List<Pact.Step> stepsInMunicipio(int municipio);
    List<Pact.Accompaniment> accompaniment(long placementId);
    /** @return people of the Municipio's cases still waiting, oldest first */
    List<WaitingEntry> waiting(int municipio);
}
