package it.milano.levacivica.portal.application;

import it.milano.levacivica.core.forecast.Progress;
import it.milano.levacivica.core.rules.ServiceRecord;
import it.milano.levacivica.portal.domain.certificate.CertificateRepository;
import it.milano.levacivica.portal.domain.certificate.CertificateRepository.Issued;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.people.ServiceYear;
import it.milano.levacivica.portal.domain.people.ServiceYearStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The end-of-service certificate (attestato di fine servizio).
 *
 * <p>A year is complete, and may be certified, when all of these hold: it was not withdrawn or suspended; its
 * last day has passed (the programme is twelve months, so meeting the hours early does not end it); core-lib's
 * {@link Progress} on that last day says every category's target is met (1322 h service, 40 h specific training,
 * 38 h towards the regional certificate: never the 1400 h total with one category short); and every month
 * holding hours was approved by the tutor (the certificate states only approved hours). A coordinator issues it
 * once; issuing is audited. The verification code is 80 random bits (16 characters of Crockford's base 32):
 * guessing one is hopeless, so the public verification needs no rate limit of its own.
 */
@ApplicationScoped
public class CertificateService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    /** Why a year can or cannot be certified yet. */
    public record Readiness(boolean ended, boolean targetsMet, boolean inService, List<String> unapprovedMonths, Issued issued)
            implements java.io.Serializable {
        /** @return whether a certificate may be issued now */
        public boolean complete() {
            return isComplete(ended, targetsMet, inService, unapprovedMonths.size());
        }
    }

    /**
     * The rule of a complete year, the one place it is said (the certificate and the year's report both ask it).
     *
     * @param ended its last day has passed
     * @param targetsMet core-lib's progress on the last day is complete
     * @param inService its status is {@link #inService(ServiceYearStatus) in service}
     * @param unapprovedMonths the number of months holding hours that are not approved
     * @return whether the year is complete
     */
    public static boolean isComplete(boolean ended, boolean targetsMet, boolean inService, long unapprovedMonths) {
        return ended && targetsMet && inService && unapprovedMonths == 0;
    }

    /**
     * @param status a service year's status
     * @return whether a year in that status counts as served: active or completed, not withdrawn nor suspended
     */
    public static boolean inService(ServiceYearStatus status) {
        return status == ServiceYearStatus.ACTIVE || status == ServiceYearStatus.COMPLETED;
    }

    /**
     * @param lastDay a year's last day
     * @param today today
     * @return whether the year has ended (the programme is twelve months: meeting the hours early does not end it)
     */
    public static boolean ended(LocalDate lastDay, LocalDate today) {
        return today.isAfter(lastDay);
    }

    /**
     * The certificate's rule for many years at once, from sums made in the database: per project, how many years
     * whose last day is in {@code [firstLastDay, lastLastDay]} are complete ({@link #isComplete}). No permission
     * check: the caller (the year's report) has made it.
     *
     * @return complete years by project id (projects without one are absent)
     */
    @Transactional
    public Map<Long, Long> completedByProject(LocalDate firstLastDay, LocalDate lastLastDay) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Long> out = new java.util.TreeMap<>();
        for (CertificateRepository.CompletionFacts f : repository.completionFacts(firstLastDay, lastLastDay)) {
            java.util.Map<it.milano.levacivica.core.rules.Category, java.time.Duration> done = new java.util.EnumMap<>(
                    it.milano.levacivica.core.rules.Category.class);
            f.minutes().forEach((c, m) -> done.put(c, java.time.Duration.ofMinutes(m)));
            boolean met = Progress.of(it.milano.levacivica.core.rules.RuleSets.byId(f.programme())
                    .orElseThrow(() -> new IllegalStateException("unknown programme " + f.programme())), done, f.lastDay()).isComplete();
            if (isComplete(ended(f.lastDay(), today), met, inService(f.status()), f.unapprovedMonths())) {
                out.merge(f.projectId(), 1L, Long::sum);
            }
        }
        return out;
    }

    /** What the certificate prints: the year, its progress on the last day, service by activity, check-ins, and the issue. */
    public record Content(ServiceYear year, Progress progress, Map<String, Long> serviceByActivity, long checkIns, Issued issued) {
    }

    /** What the public verification answers: nothing but the name and the period. */
    public record Verification(String volunteerName, LocalDate periodStart, LocalDate periodEnd) {
    }

    @Inject
    private CertificateRepository repository;
    @Inject
    private ServiceYearService years;
    @Inject
    private HoursService hours;
    @Inject
    private AuditTrail audit;
    @Inject
    private CurrentUser caller;
    @Inject
    private Clock clock;

    /** @return whether a year the caller may see is complete, and why not (404 for a year they may not see) */
    @Transactional
    public Readiness readiness(long serviceYearId) {
        return readiness(years.get(serviceYearId));
    }

    private Readiness readiness(ServiceYear y) {
        ServiceRecord record = hours.record(y);
        boolean met = Progress.of(record, y.getLastDay()).isComplete();
        boolean ended = ended(y.getLastDay(), LocalDate.now(clock));
        boolean inService = inService(y.getStatus());
        return new Readiness(ended, met, inService, repository.unapprovedMonthsWithHours(y.getId()), repository.ofYear(y.getId()).orElse(null));
    }

    /**
     * Coordinator only: issues the certificate of a complete year, once.
     *
     * @return its content
     * @throws YearNotCompleteException (409) naming the first reason the year is not complete
     * @throws ConflictException (409) if it was issued already
     */
    @Transactional
    public Content issue(long serviceYearId) {
        caller.require(Role.COORDINATOR);
        ServiceYear y = years.get(serviceYearId);
        Readiness r = readiness(y);
        if (r.issued() != null) {
            throw new ConflictException("certificate.already", r.issued().code());
        }
        if (!r.inService()) {
            throw new YearNotCompleteException("certificate.notComplete.status");
        }
        if (!r.ended()) {
            throw new YearNotCompleteException("certificate.notComplete.notEnded", y.getLastDay());
        }
        if (!r.targetsMet()) {
            throw new YearNotCompleteException("certificate.notComplete.targets");
        }
        if (!r.unapprovedMonths().isEmpty()) {
            throw new YearNotCompleteException("certificate.notComplete.months", String.join(", ", r.unapprovedMonths()));
        }
        String code = newCode();
        repository.add(y.getId(), code, y.getVolunteer().getFullName(), y.getStartDate(), y.getLastDay(), LocalDateTime.now(clock),
                caller.person().getId());
        audit.record("ISSUE_CERTIFICATE", "SERVICE_YEAR", y.getId(), "end-of-service certificate " + code);
        return content(y);
    }

    /** @return the issued certificate of a year the caller may see (404 if none was issued) */
    @Transactional
    public Content get(long serviceYearId) {
        return content(years.get(serviceYearId));
    }

    private Content content(ServiceYear y) {
        Issued issued = repository.ofYear(y.getId()).orElseThrow(() -> new NotFoundException("error.notFound"));
        ServiceRecord record = hours.record(y);
        return new Content(y, Progress.of(record, y.getLastDay()), repository.serviceMinutesByActivity(y.getId()),
                repository.confirmedCheckIns(y.getId()), issued);
    }

    /**
     * Anyone, signed in or not: whether a code belongs to a certificate, and then only the name and the period.
     *
     * @param code as typed: case, spaces and dashes do not matter
     * @return the answer, or empty when the code is unknown
     */
    @Transactional
    public Optional<Verification> verify(String code) {
        String normal = normalise(code);
        if (normal == null) {
            return Optional.empty();
        }
        return repository.byCode(normal).map(i -> new Verification(i.volunteerName(), i.periodStart(), i.periodEnd()));
    }

    /** @return {@code LC-XXXX-XXXX-XXXX-XXXX} from any spelling of it, or null if it cannot be one */
    static String normalise(String code) {
        if (code == null || code.length() > 60) {
            return null;
        }
        String s = code.toUpperCase(java.util.Locale.ROOT).replaceAll("[^0-9A-Z]", "");
        if (s.startsWith("LC")) {
            s = s.substring(2);
        }
        if (s.length() != 16) {
            return null;
        }
        return "LC-" + s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8, 12) + "-" + s.substring(12);
    }

    static String newCode() {
        StringBuilder b = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            b.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return normalise(b.toString());
    }
}
