package it.milano.levacivica.portal.domain.certificate;

import it.milano.levacivica.core.rules.Category;
import it.milano.levacivica.portal.domain.people.ServiceYearStatus;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/** End-of-service certificates (attestati di fine servizio) and the counts they print. */
public interface CertificateRepository {

    /** A certificate as issued: its code and what the verification page answers. */
    record Issued(long id, long serviceYearId, String code, String volunteerName, LocalDate periodStart, LocalDate periodEnd,
            LocalDateTime issuedAt, String issuedBy) implements java.io.Serializable {
    }

    /** @return the certificate of a year, if issued */
    Optional<Issued> ofYear(long serviceYearId);

    /** @return the certificate with this code, if any */
    Optional<Issued> byCode(String code);

    /** Records a certificate; the unique keys refuse a second one for the year. */
    void add(long serviceYearId, String code, String volunteerName, LocalDate start, LocalDate end, LocalDateTime at, long issuerId);

    /**
     * What the certificate's rule needs to know of a year, read for many years at once (the year's report).
     *
     * @param serviceYearId the year
     * @param projectId its project
     * @param programme the project's rule set id
     * @param status its status
     * @param lastDay its last day of service
     * @param minutes minutes recorded in each category up to the last day (a category without any is absent)
     * @param unapprovedMonths the number of months holding hours that are not APPROVED
     */
    record CompletionFacts(long serviceYearId, long projectId, String programme, ServiceYearStatus status, LocalDate lastDay,
            Map<Category, Long> minutes, long unapprovedMonths) {
    }

    /**
     * @param firstLastDay the earliest last day
     * @param lastLastDay the latest last day
     * @return the facts of every year whose last day is in {@code [firstLastDay, lastLastDay]}, by id; aggregated in the database
     */
    java.util.List<CompletionFacts> completionFacts(LocalDate firstLastDay, LocalDate lastLastDay);

    /** @return the months of a year that hold hours but are not APPROVED (yyyy-MM) */
    java.util.List<String> unapprovedMonthsWithHours(long serviceYearId);

    /** @return minutes of service by activity type name (null for none), largest first */
    Map<String, Long> serviceMinutesByActivity(long serviceYearId);

    /** @return the number of check-ins confirmed by both sides (training on the job) */
    long confirmedCheckIns(long serviceYearId);
}
