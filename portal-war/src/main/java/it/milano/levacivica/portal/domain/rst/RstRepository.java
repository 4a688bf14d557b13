package it.milano.levacivica.portal.domain.rst;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where housing units, placements and pacts are kept. */
public interface RstRepository {
    Optional<HousingUnit> findUnit(long id);
    List<HousingUnit> units();
    void add(Object entity);
    /** Locks the unit's row until the transaction ends, so that its last place is taken once. */
    void lock(HousingUnit unit);
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
