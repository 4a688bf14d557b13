package it.milano.levacivica.portal.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed sign-ins per client address: an address that used up its failures is refused before any password hash
 * is computed, until the window lets it try again. This bounds both guessing across many accounts and the CPU an
 * address can make the portal spend on PBKDF2.
 *
 * <p>With a Data Grid (instances clustered) the failures are counted there, for the whole service, in fixed windows
 * of {@code addressWindowMinutes}: an address is refused while this window's failures and the previous window's
 * together reach {@code addressFailures}, that is for 10 to 20 minutes (with the defaults) after it used them up.
 * When the grid does not answer, or there is none, this instance's own token buckets ({@link AddressBudget}) decide:
 * an address then gets at most the budget per instance.
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    @ConfigProperty(name = "portal.login.addressFailures", defaultValue = "30")
    private int failures;

    @Inject
    @ConfigProperty(name = "portal.login.addressWindowMinutes", defaultValue = "10")
    private int windowMinutes;

    @Inject
    private SharedCounters shared;
    @Inject
    private java.time.Clock clock;

    private Duration window;
    private AddressBudget budget;

    @PostConstruct
    void init() {
        window = Duration.ofMinutes(windowMinutes);
        budget = new AddressBudget(failures, window);
    }

    /** @param address a client address @return whether it may try to sign in now */
    public boolean allows(String address) {
        if (shared.available()) {
            long windowMillis = window.toMillis();
            long index = clock.millis() / windowMillis;
            java.util.OptionalLong current = shared.get(key(address, index));
            java.util.OptionalLong previous = shared.get(key(address, index - 1));
            if (current.isPresent() && previous.isPresent()) {
                return current.getAsLong() + previous.getAsLong() < failures;
            }
        }
        return budget.allows(address);
    }

    /** @param address a client address whose sign-in failed */
    public void failed(String address) {
        if (shared.available()) {
            // kept for two windows: while it is the current one and while it is the previous one
            shared.increment(key(address, clock.millis() / window.toMillis()), window.multipliedBy(2));
        }
        budget.spend(address);
    }

    private static String key(String address, long windowIndex) {
        return "signin-failures|" + address + "|" + windowIndex;
    }
}
