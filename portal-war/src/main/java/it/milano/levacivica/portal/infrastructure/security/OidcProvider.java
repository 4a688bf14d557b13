package it.milano.levacivica.portal.infrastructure.security;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One OpenID Connect identity provider the portal trusts (SPID, CIE), as MicroProfile Config describes it
 * under {@code portal.oidc.<id>.*} (docs/operations.md).
 *
 * @param id short name, also the page's label key {@code login.oidc.<id>}
 * @param issuer the issuer URL; its discovery document and keys are read from there
 * @param clientId the portal's client id at the provider
 * @param clientSecret the client secret (client_secret_basic), or null when a private key is configured
 * @param privateKeyJwk the portal's private RSA key as a JWK (private_key_jwt and signed request objects), or null
 * @param signRequestObject whether the authorization request goes as a signed request object (SPID/CIE federation)
 * @param scopes the scopes asked for, {@code openid} first
 * @param redirectUri the callback URL registered at the provider, or null for the public origin's {@code /auth/oidc/callback}
 * @param fiscalCodeClaim the claim carrying the fiscal code (ID token first, then UserInfo)
 * @param acrValues the authentication levels asked for, or empty
 * @param strongAcr the levels that count as a strong sign-in (no TOTP then); {@code *} for any
 */
public record OidcProvider(String id, String issuer, String clientId, String clientSecret, String privateKeyJwk,
        boolean signRequestObject, String scopes, String redirectUri, String fiscalCodeClaim, List<String> acrValues, Set<String> strongAcr) {

    /** The claim SPID and CIE OpenID Connect use for the fiscal code, value {@code TINIT-<code>}. */
    public static final String DEFAULT_FISCAL_CODE_CLAIM = "https://attributes.eid.gov.it/fiscal_number";

    public OidcProvider {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        if (clientSecret == null && privateKeyJwk == null) {
            throw new IllegalArgumentException("provider " + id + " needs a client secret or a private key");
        }
        acrValues = List.copyOf(acrValues);
        strongAcr = Set.copyOf(strongAcr);
    }

    /** @param acr the level the provider says it authenticated at (ID token's {@code acr}), or null @return whether it is strong */
    public boolean isStrong(String acr) {
        return strongAcr.contains("*") || acr != null && strongAcr.contains(acr);
    }

    /** @return the configured redirect URI, if any */
    public Optional<String> configuredRedirectUri() {
        return Optional.ofNullable(redirectUri);
    }
}
