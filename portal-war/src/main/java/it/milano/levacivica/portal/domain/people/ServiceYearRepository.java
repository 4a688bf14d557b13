package it.milano.levacivica.portal.domain.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where service years are kept. */
public interface ServiceYearRepository {
    Optional<ServiceYear> find(long id);
    List<ServiceYear> findAll();
    List<ServiceYear> findByTutor(long tutorId);
    List<ServiceYear> findByVolunteer(long volunteerId);
    /** @return active years of the project that overlap {@code [start, end)}, other than {@code exceptId} */
    long countActiveOverlapping(long projectId, LocalDate start, LocalDate end, Long exceptId);
    void add(ServiceYear serviceYear);
    /** Locks the year's row until the transaction ends, so that its hours are checked and written one change at a time. */
    void lockForUpdate(ServiceYear serviceYear);
}
