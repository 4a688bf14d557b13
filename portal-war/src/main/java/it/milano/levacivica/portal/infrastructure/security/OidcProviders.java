package it.milano.levacivica.portal.infrastructure.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * The identity providers of {@code portal.oidc.providers} and, per provider, its discovery document and
 * an ID token validator on its published keys (Nimbus: signature on the JWKS, issuer, audience, expiry,
 * nonce), both read on first use and kept for an hour, so that a provider down at start-up does not stop
 * the portal. A provider whose configuration is incomplete is left out, with a warning in the log.
 */
@Named("oidc")
@ApplicationScoped
public class OidcProviders {

    private static final Logger LOG = Logger.getLogger(OidcProviders.class.getName());
    private static final Duration KEEP = Duration.ofHours(1);
    static final int CONNECT_TIMEOUT_MS = 5_000;
    static final int READ_TIMEOUT_MS = 10_000;

    /** A provider's discovery document and its ID token validator, as read at a time. */
    record Discovered(OIDCProviderMetadata metadata, IDTokenValidator validator, Instant readAt) {
    }

    @Inject
    private Config config;
    @Inject
    private Clock clock;

    private final Map<String, OidcProvider> providers = new LinkedHashMap<>();
    private final ConcurrentHashMap<String, Discovered> discovered = new ConcurrentHashMap<>();

    @PostConstruct
    void read() {
        String ids = config.getOptionalValue("portal.oidc.providers", String.class).orElse("");
        for (String id : Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            try {
                providers.put(id, provider(id));
                LOG.info(() -> "Sign-in through OpenID provider '" + id + "' at " + providers.get(id).issuer());
            } catch (RuntimeException e) {
                LOG.warning(() -> "OpenID provider '" + id + "' left out: " + e.getMessage());
            }
        }
    }

    private OidcProvider provider(String id) {
        String p = "portal.oidc." + id + ".";
        String issuer = config.getOptionalValue(p + "issuer", String.class)
                .orElseThrow(() -> new IllegalArgumentException(p + "issuer is missing"));
        String clientId = config.getOptionalValue(p + "clientId", String.class)
                .orElseThrow(() -> new IllegalArgumentException(p + "clientId is missing"));
        return new OidcProvider(id, issuer, clientId,
                config.getOptionalValue(p + "clientSecret", String.class).orElse(null),
                config.getOptionalValue(p + "privateKey", String.class).orElse(null),
                config.getOptionalValue(p + "requestObject", Boolean.class).orElse(false),
                config.getOptionalValue(p + "scopes", String.class).orElse("openid profile"),
                config.getOptionalValue(p + "redirectUri", String.class).orElse(null),
                config.getOptionalValue(p + "fiscalCodeClaim", String.class).orElse(OidcProvider.DEFAULT_FISCAL_CODE_CLAIM),
                list(config.getOptionalValue(p + "acrValues", String.class).orElse("")),
                Set.copyOf(list(config.getOptionalValue(p + "strongAcr", String.class).orElse(""))));
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toList());
    }

    /** @return the ids of the configured providers, in the order configured (the sign-in page's buttons) */
    public List<String> getProviders() {
        return new ArrayList<>(providers.keySet());
    }

    /** @param id a provider's id @return the provider */
    public Optional<OidcProvider> find(String id) {
        return Optional.ofNullable(id == null ? null : providers.get(id));
    }

    /**
     * @param p a provider
     * @return its discovery document and ID token validator, read now if not read within the hour
     * @throws IOException if the provider cannot be reached
     * @throws GeneralException if its discovery document is invalid or names another issuer
     */
    Discovered discover(OidcProvider p) throws IOException, GeneralException {
        Discovered d = discovered.get(p.id());
        Instant now = clock.instant();
        if (d != null && d.readAt().plus(KEEP).isAfter(now)) {
            return d;
        }
        OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(new Issuer(p.issuer()), CONNECT_TIMEOUT_MS, READ_TIMEOUT_MS);
        JWSAlgorithm alg = metadata.getIDTokenJWSAlgs() == null || metadata.getIDTokenJWSAlgs().isEmpty()
                || metadata.getIDTokenJWSAlgs().contains(JWSAlgorithm.RS256) ? JWSAlgorithm.RS256 : metadata.getIDTokenJWSAlgs().get(0);
        IDTokenValidator validator = new IDTokenValidator(metadata.getIssuer(), new ClientID(p.clientId()), alg,
                metadata.getJWKSetURI().toURL());
        Discovered fresh = new Discovered(metadata, validator, now);
        discovered.put(p.id(), fresh);
        return fresh;
    }
}
