package it.milano.levacivica.portal.infrastructure;

import it.milano.levacivica.portal.application.AuditTrail;
import it.milano.levacivica.portal.application.PasswordPolicy;
import it.milano.levacivica.portal.domain.people.PasswordHasher;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import it.milano.levacivica.portal.domain.people.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A new installation has no account at all (the production war creates no demo accounts). When
 * {@code portal.bootstrap.admin} and {@code portal.bootstrap.adminPassword} are set and no administrator
 * exists, this creates one, whose password must be changed at the first sign-in. Audited; remove the
 * settings afterwards.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    @ConfigProperty(name = "portal.bootstrap.admin")
    private Optional<String> username;
    @Inject
    @ConfigProperty(name = "portal.bootstrap.adminPassword")
    private Optional<String> password;
    @Inject
    private PersonRepository people;
    @Inject
    private PasswordHasher hasher;
    @Inject
    private PasswordPolicy policy;
    @Inject
    private AuditTrail audit;
    @Inject
    private Clock clock;

    @PostConstruct
    void create() {
        if (username.filter(u -> !u.isBlank()).isEmpty() || password.filter(p -> !p.isBlank()).isEmpty()) {
            return;
        }
        if (!people.search(null, Role.ADMIN, null, null, 1).isEmpty()) {
            LOG.info("portal.bootstrap.admin is set but an administrator exists: nothing to do (remove the setting)");
            return;
        }
        String name = username.get().strip();
        policy.check(password.get(), name, "portal.bootstrap.adminPassword");
        LocalDateTime now = LocalDateTime.now(clock.withZone(ZoneOffset.UTC));
        Person admin = new Person(name, "Amministratore", name + "@localhost.invalid", hasher.hash(password.get().toCharArray()),
                Set.of(Role.ADMIN), now);
        admin.changePasswordHash(admin.getPasswordHash(), true, now);
        people.add(admin);
        audit.recordAs("system", "CREATE", "ACCOUNT", admin.getId(), name + " [ADMIN] bootstrap");
        LOG.warning(() -> "First administrator '" + name + "' created; the password must be changed at the first sign-in");
    }
}
