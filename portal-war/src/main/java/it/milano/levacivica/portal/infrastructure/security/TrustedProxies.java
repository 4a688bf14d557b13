package it.milano.levacivica.portal.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The reverse proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} the portal believes
 * ({@code portal.proxy.trusted}: their addresses, comma-separated; none by default). A request from any
 * other peer is taken at face value: its own address, its own scheme.
 */
@ApplicationScoped
public class TrustedProxies {

    @Inject
    @ConfigProperty(name = "portal.proxy.trusted", defaultValue = " ")
    private String trusted;

    @Inject
    @ConfigProperty(name = "portal.publicOrigin", defaultValue = " ")
    private String publicOrigin;

    private Set<String> addresses;

    @PostConstruct
    void init() {
        addresses = Arrays.stream(trusted.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @return the origin browsers use to reach the portal ({@code portal.publicOrigin}, e.g.
     *     {@code https://levacivica.comune.milano.it}), or null when not configured (then a request's
     *     own target is its origin)
     */
    public String publicOrigin() {
        String o = publicOrigin.strip();
        return o.isEmpty() ? null : (o.endsWith("/") ? o.substring(0, o.length() - 1) : o);
    }

    /** @param req a request @return whether it came through a trusted proxy */
    public boolean isTrusted(HttpServletRequest req) {
        return trusts(req.getRemoteAddr());
    }

    /** {@code *} trusts every peer: for the integration tests only, which speak for other clients from one host. */
    private boolean trusts(String address) {
        return addresses.contains(address) || addresses.contains("*");
    }

    /**
     * @param req a request
     * @return the client's address: the right-most address of {@code X-Forwarded-For} that is not a
     *     trusted proxy, when the peer is one; otherwise the peer
     */
    public String clientAddress(HttpServletRequest req) {
        String peer = req.getRemoteAddr();
        String forwarded = req.getHeader("X-Forwarded-For");
        if (forwarded == null || !trusts(peer)) {
            return peer;
        }
        List<String> hops = Arrays.stream(forwarded.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (hops.isEmpty()) {
            return peer;
        }
        if (addresses.contains("*")) {
            return cut(hops.get(hops.size() - 1));
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!addresses.contains(hops.get(i))) {
                return cut(hops.get(i));
            }
        }
        return peer;
    }

    private static String cut(String address) {
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    /** @param req a request @return whether the client reached the portal over TLS (itself, or at a trusted proxy) */
    public boolean isSecure(HttpServletRequest req) {
        if (req.isSecure()) {
            return true;
        }
        return isTrusted(req) && Optional.ofNullable(req.getHeader("X-Forwarded-Proto")).map(p -> p.equalsIgnoreCase("https")).orElse(false);
    }
}
