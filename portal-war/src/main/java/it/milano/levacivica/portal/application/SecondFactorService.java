package it.milano.levacivica.portal.application;

import it.milano.levacivica.portal.domain.people.Base32;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import it.milano.levacivica.portal.domain.people.RecoveryCode;
import it.milano.levacivica.portal.domain.people.Role;
import it.milano.levacivica.portal.domain.people.SecondFactor;
import it.milano.levacivica.portal.domain.people.SecondFactorRepository;
import it.milano.levacivica.portal.domain.people.Totp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * The second factor of an account (issue 17): a TOTP authenticator (RFC 6238) with ten one-time
 * recovery codes. Anyone may enrol; social workers, coordinators and administrators must (when
 * {@code portal.secondFactor.required}). Once enrolled, every password sign-in asks for a code
 * ({@link SignInLedger#decideCode}); HTTP Basic is refused, API tokens keep working. An administrator
 * may remove someone's factor (audited), e.g. after a lost phone.
 */
@ApplicationScoped
@Transactional
public class SecondFactorService {

    /** The roles whose password sign-ins need a second factor: they read case data or manage accounts. */
    public static final Set<Role> STRONG_ROLES = EnumSet.of(Role.SOCIAL_WORKER, Role.COORDINATOR, Role.ADMIN);

    /** How many recovery codes an enrolment gives. */
    public static final int RECOVERY_CODES = 10;

    private static final String ISSUER = "Leva Civica";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * What an enrolment gives back, once.
     *
     * @param recoveryCodes the recovery codes, to be shown now and never again
     * @param securityStamp the account's new stamp, for the caller's own session
     */
    public record Enrolment(List<String> recoveryCodes, String securityStamp) {
    }

    /**
     * The caller's factor, as their page shows it.
     *
     * @param enrolledAt when (UTC), or null when not enrolled
     * @param recoveryCodesLeft unused recovery codes
     */
    public record Status(LocalDateTime enrolledAt, int recoveryCodesLeft) implements java.io.Serializable {
        /** @return whether a factor is enrolled */
        public boolean enrolled() {
            return enrolledAt != null;
        }
    }

    @Inject
    private SecondFactorRepository factors;
    @Inject
    private PersonRepository people;
    @Inject
    private CurrentUser caller;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;
    @Inject
    private Event<PeopleService.AccountChanged> changed;

    /** @return a new random secret (160 bits, as RFC 4226 recommends), Base32, for an enrolment to confirm */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String newSecret() {
        byte[] b = new byte[20];
        RANDOM.nextBytes(b);
        return Base32.encode(b);
    }

    /**
     * @param secret a secret from {@link #newSecret()}
     * @param account the account's user name, shown by the app
     * @return the {@code otpauth://} URI that authenticator apps read from the QR code
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String otpauthUri(String secret, String account) {
        String label = enc(ISSUER) + ":" + enc(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + enc(ISSUER) + "&algorithm=SHA1&digits="
                + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** @return the caller's factor */
    public Status status() {
        Person me = caller.person();
        return factors.find(me.getId()).map(f -> new Status(f.getEnrolledAt(), factors.unusedRecoveryCodes(me.getId()).size()))
                .orElse(new Status(null, 0));
    }

    /** @param personId an account @return whether it has a factor (administrator only) */
    public boolean isEnrolled(long personId) {
        caller.require(Role.ADMIN);
        return factors.isEnrolled(personId);
    }

    /**
     * The caller confirms an authenticator with a code it shows. The account's other sessions and
     * remembered HTTP Basic checks end; from now on HTTP Basic is refused.
     *
     * @param secret the secret shown to the caller (from {@link #newSecret()})
     * @param code a code of the authenticator
     * @return the recovery codes (shown once) and the account's new stamp
     */
    public Enrolment enrol(String secret, String code) {
        Person p = people.lock(caller.person().getId()).orElseThrow(() -> new AccessDeniedException("error.forbidden"));
        if (factors.isEnrolled(p.getId())) {
            throw new ConflictException("error.secondFactor.enrolled");
        }
        byte[] key;
        try {
            key = Base32.decode(secret == null ? "" : secret);
        } catch (IllegalArgumentException e) {
            key = new byte[0];
        }
        if (key.length < 16) {
            throw InvalidInputException.of("code", "validation.secondFactor.code");
        }
        OptionalLong step = Totp.verify(key, code, clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw InvalidInputException.of("code", "validation.secondFactor.code");
        }
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        factors.add(new SecondFactor(p.getId(), Base32.encode(key), now, step.getAsLong()));
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String c = newRecoveryCode();
            codes.add(c);
            factors.addRecoveryCode(new RecoveryCode(p.getId(), hashRecoveryCode(c)));
        }
        p.secondFactorChanged();
        audit.record("SECOND_FACTOR_ENROL", "ACCOUNT", p.getId(), null);
        changed.fire(new PeopleService.AccountChanged(p.getUsername()));
        return new Enrolment(List.copyOf(codes), p.getSecurityStamp());
    }

    /**
     * Removes an account's second factor and recovery codes (administrator only), e.g. after a lost
     * phone; the account's sessions end. Audited.
     *
     * @param personId the account
     */
    public void reset(long personId) {
        caller.require(Role.ADMIN);
        Person p = people.lock(personId).orElseThrow(() -> new NotFoundException("error.notFound"));
        if (!factors.remove(p.getId())) {
            throw new ConflictException("error.secondFactor.none");
        }
        p.secondFactorChanged();
        audit.record("SECOND_FACTOR_RESET", "ACCOUNT", p.getId(), null);
        changed.fire(new PeopleService.AccountChanged(p.getUsername()));
    }

    /** @return a recovery code: 12 Base32 characters (60 bits) in groups of four */
    static String newRecoveryCode() {
        byte[] b = new byte[8];
        RANDOM.nextBytes(b);
        String s = Base32.encode(b).substring(0, 12);
        return s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8);
    }

    /** @param typed a recovery code as typed @return the SHA-256 (hex) of its normalised form */
    static String hashRecoveryCode(String typed) {
        String normal = typed.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param personId an account
     * @param typed what was typed
     * @return the unused recovery code it matches
     */
    Optional<RecoveryCode> matchRecoveryCode(long personId, String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        byte[] hash = hashRecoveryCode(typed).getBytes(StandardCharsets.US_ASCII);
        return factors.unusedRecoveryCodes(personId).stream()
                .filter(c -> MessageDigest.isEqual(c.getCodeHash().getBytes(StandardCharsets.US_ASCII), hash)).findFirst();
    }
}
