package it.milano.levacivica.portal.infrastructure.security;

import java.io.Serializable;
import java.time.Instant;

/**
 * A sign-in waiting for its second factor: the password (or a SPID level 1 answer) was right, the code
 * is still to come. Kept in the session, which is not signed in meanwhile; it lasts {@value #MINUTES}
 * minutes and {@value #MAX_ATTEMPTS} wrong codes.
 *
 * @param username the exact user name
 * @param securityStamp the account's stamp when the first step passed (a change meanwhile starts over)
 * @param returnTo where to go once signed in
 * @param createdAt when the first step passed
 * @param attempts wrong codes so far
 */
record PendingSignIn(String username, String securityStamp, String returnTo, Instant createdAt, int attempts) implements Serializable {

    static final String ATTRIBUTE = "portal.pendingSignIn";
    static final int MINUTES = 5;
    static final int MAX_ATTEMPTS = 5;

    boolean expired(Instant now) {
        return now.isAfter(createdAt.plusSeconds(MINUTES * 60L));
    }

    PendingSignIn failedOnce() {
        return new PendingSignIn(username, securityStamp, returnTo, createdAt, attempts + 1);
    }
}
