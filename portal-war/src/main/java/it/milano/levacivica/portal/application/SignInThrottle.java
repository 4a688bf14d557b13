package it.milano.levacivica.portal.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Failed sign-ins per client address, as token buckets ({@link AddressBudget}): an address that used up its failures
 * is refused before any password hash is computed, until its bucket refills. This bounds both guessing
 * across many accounts and the CPU an address can make the portal spend on PBKDF2. Kept in this
 * instance's memory: with N instances an address gets at most N times the budget.
 */
@ApplicationScoped
public class SignInThrottle {

    @Inject
    @ConfigProperty(name = "portal.login.addressFailures", defaultValue = "30")
    private int failures;

    @Inject
    @ConfigProperty(name = "portal.login.addressWindowMinutes", defaultValue = "10")
    private int windowMinutes;

    private AddressBudget budget;

    @PostConstruct
    void init() {
        budget = new AddressBudget(failures, Duration.ofMinutes(windowMinutes));
    }

    /** @param address a client address @return whether it may try to sign in now */
    public boolean allows(String address) {
        return budget.allows(address);
    }

    /** @param address a client address whose sign-in failed */
    public void failed(String address) {
        budget.spend(address);
    }
}
