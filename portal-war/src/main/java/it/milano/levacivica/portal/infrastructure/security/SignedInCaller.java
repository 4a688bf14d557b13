package it.milano.levacivica.portal.infrastructure.security;

import java.io.Serializable;
import java.util.Set;

/** Who is signed in to a browser session: kept in the session after the form sign-in. */
public record SignedInCaller(String name, Set<String> groups) implements Serializable {
}
