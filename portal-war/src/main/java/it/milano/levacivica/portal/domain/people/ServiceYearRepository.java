package it.milano.levacivica.portal.domain.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where service years are kept. */
public interface ServiceYearRepository {
    Optional<ServiceYear> find(long id);
    List<ServiceYear> findAll();
    List<ServiceYear> findByTutor(long tutorId);
    /**
     * Years in order of their volunteer's name, a page at a time (ix_person_name, ix_service_year_volunteer).
     *
     * @param text the start of the volunteer's full name or user name, or null for every year
     * @param endedBy only years whose last day is before this day (ended), or null for every year
     * @param afterName the volunteer's name of the previous page's last year, or null for the first page
     * @param afterId that year's id
     * @param max at most this many
     */
    List<ServiceYear> searchByVolunteer(String text, LocalDate endedBy, String afterName, Long afterId, int max);
    List<ServiceYear> findByVolunteer(long volunteerId);
    /**
     * A page of service years, newest first, read in the database; every criterion may be null (any).
     *
     * @param tutorId only the years this tutor follows
     * @param volunteerId only this volunteer's years
     * @param projectId only this project's years
     * @param status only years in this status
     * @param beforeId only years with a smaller id (the last of the previous page), or null for the first page
     * @param max at most this many
     */
    List<ServiceYear> page(Long tutorId, Long volunteerId, Long projectId, ServiceYearStatus status, Long beforeId, int max);
    /** @return active years of the project that overlap {@code [start, end)}, other than {@code exceptId} */
    long countActiveOverlapping(long projectId, LocalDate start, LocalDate end, Long exceptId);
    void add(ServiceYear serviceYear);
    /** Locks the year's row until the transaction ends, so that its hours are checked and written one change at a time. */
    void lockForUpdate(ServiceYear serviceYear);
}
