package it.milano.levacivica.portal.domain.checkin;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where check-ins and tasks are kept. */
public interface CheckInRepository {
    Optional<CheckIn> find(long id);
    /** @return check-ins of the given years held in {@code [from, to)}, newest first */
    List<CheckIn> forYears(Collection<Long> serviceYearIds, LocalDateTime from, LocalDateTime to);
    /** @return at most {@code max} check-ins of a year held before {@code to}, newest first (read {@code max}, not the year) */
    List<CheckIn> latest(long serviceYearId, LocalDateTime to, int max);
    /** @return the days of the year's check-ins confirmed by both sides (one query) */
    List<LocalDate> confirmedDays(long serviceYearId);
    void add(CheckIn checkIn);

    Optional<Task> findTask(long id);
    List<Task> tasks(Collection<Long> serviceYearIds);
    void add(Task task);
}
