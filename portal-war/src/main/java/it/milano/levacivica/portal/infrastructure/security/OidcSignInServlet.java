package it.milano.levacivica.portal.infrastructure.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.UserInfoRequest;
import com.nimbusds.openid.connect.sdk.UserInfoResponse;
import com.nimbusds.openid.connect.sdk.claims.ACR;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.claims.UserInfo;
import it.milano.levacivica.portal.application.AuditTrail;
import it.milano.levacivica.portal.application.ClientAddress;
import it.milano.levacivica.portal.application.SignInService;
import it.milano.levacivica.portal.application.SignInService.Outcome;
import it.milano.levacivica.portal.domain.people.FiscalCode;
import it.milano.levacivica.portal.domain.people.Person;
import it.milano.levacivica.portal.domain.people.PersonRepository;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Signing in through SPID or CIE (OpenID Connect, authorization code flow with PKCE, state and nonce):
 *
 * <ol>
 *   <li>{@code GET /auth/oidc/<provider>} keeps a new state, nonce and PKCE verifier in the session and sends
 *       the browser to the provider (optionally as a signed request object);</li>
 *   <li>the provider sends it back to {@code GET /auth/oidc/callback} with a code; the state must be the
 *       session's (one use, ten minutes); the code is exchanged at the token endpoint (client secret or
 *       private key JWT, with the verifier) and the ID token is validated by Nimbus against the provider's
 *       published keys: signature, issuer, audience (our client id), expiry, nonce;</li>
 *   <li>the fiscal code claim (ID token, else UserInfo with the same subject) is matched to the account
 *       registered with it; no account is ever created here. An unknown code, a refused token or a provider
 *       error is audited ({@code DENIED_SIGN_IN}), counted against the client address like a wrong password,
 *       and answered with the sign-in page saying why;</li>
 *   <li>the account must be enabled and not locked ({@link SignInService#external}); the session then starts
 *       as a password sign-in's does, security stamp included. SPID level 2 or more and CIE count as strong
 *       ({@code portal.oidc.<id>.strongAcr}); an account with a second factor signing in at a weaker level is
 *       asked for its code as after a password.</li>
 * </ol>
 */
@WebServlet("/auth/oidc/*")
public class OidcSignInServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OidcSignInServlet.class.getName());
    static final String CALLBACK = "/auth/oidc/callback";
    private static final int PENDING_MINUTES = 10;

    /** The state of a sign-in sent to a provider, kept in the session until it comes back. */
    record Pending(String provider, String state, String nonce, String verifier, String redirectUri, Instant createdAt)
            implements Serializable {
        static final String ATTRIBUTE = "portal.oidcPending";
    }

    @Inject
    private transient OidcProviders providers;
    @Inject
    private transient SignInService signIn;
    @Inject
    private transient PersonRepository people;
    @Inject
    private transient AuditTrail audit;
    @Inject
    private transient TrustedProxies proxies;
    @Inject
    private transient Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String which = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        res.setHeader("Cache-Control", "no-store");
        if ("callback".equals(which)) {
            callback(req, res);
            return;
        }
        Optional<OidcProvider> provider = providers.find(which);
        if (provider.isEmpty()) {
            res.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        start(provider.get(), req, res);
    }

    private void start(OidcProvider p, HttpServletRequest req, HttpServletResponse res) throws IOException {
        if (!signIn.allows(ClientAddress.of(req))) {
            back(req, res, "throttled");
            return;
        }
        OidcProviders.Discovered d;
        try {
            d = providers.discover(p);
        } catch (IOException | GeneralException | RuntimeException e) {
            LOG.log(Level.WARNING, "OpenID provider '" + p.id() + "' unreachable or invalid: " + e.getMessage());
            back(req, res, "oidcUnavailable");
            return;
        }
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI redirect = redirectUri(p, req);
        AuthenticationRequest.Builder b = new AuthenticationRequest.Builder(ResponseType.CODE, Scope.parse(p.scopes()),
                new ClientID(p.clientId()), redirect)
                .endpointURI(d.metadata().getAuthorizationEndpointURI())
                .state(state).nonce(nonce).codeChallenge(verifier, CodeChallengeMethod.S256);
        if (!p.acrValues().isEmpty()) {
            b.acrValues(p.acrValues().stream().map(ACR::new).toList());
        }
        AuthenticationRequest request = b.build();
        try {
            if (p.signRequestObject()) {
                request = new AuthenticationRequest.Builder(request).requestObject(requestObject(p, request, d)).build();
            }
        } catch (JOSEException | java.text.ParseException e) {
            LOG.log(Level.WARNING, "Cannot sign the request object for '" + p.id() + "': " + e.getMessage());
            back(req, res, "oidcUnavailable");
            return;
        }
        HttpSession session = req.getSession(true);
        session.setAttribute(Pending.ATTRIBUTE, new Pending(p.id(), state.getValue(), nonce.getValue(), verifier.getValue(),
                redirect.toString(), clock.instant()));
        res.setStatus(HttpServletResponse.SC_FOUND);
        res.setHeader("Location", request.toURI().toString());
    }

    /** The authorization request as a JWT signed with the portal's key (SPID/CIE OpenID Connect federation). */
    private SignedJWT requestObject(OidcProvider p, AuthenticationRequest request, OidcProviders.Discovered d)
            throws JOSEException, java.text.ParseException {
        RSAKey key = JWK.parse(p.privateKeyJwk()).toRSAKey();
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder(request.toJWTClaimsSet())
                .issuer(p.clientId()).audience(d.metadata().getIssuer().getValue())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300))).jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }

    /** The callback URL: configured, or the public origin's, or (development only) this request's own. */
    private URI redirectUri(OidcProvider p, HttpServletRequest req) {
        Optional<String> configured = p.configuredRedirectUri();
        if (configured.isPresent()) {
            return URI.create(configured.get());
        }
        String origin = proxies.publicOrigin();
        if (origin == null) {
            // the provider accepts only the redirect URIs registered with it, so a forged Host only breaks this sign-in
            String host = req.getHeader("Host");
            origin = (proxies.isSecure(req) ? "https://" : "http://") + (host == null ? "" : host.toLowerCase(Locale.ROOT));
        }
        return URI.create(origin + req.getContextPath() + CALLBACK);
    }

    private void callback(HttpServletRequest req, HttpServletResponse res) throws IOException {
        HttpSession session = req.getSession(false);
        Object kept = session == null ? null : session.getAttribute(Pending.ATTRIBUTE);
        if (session != null) {
            session.removeAttribute(Pending.ATTRIBUTE);
        }
        if (!(kept instanceof Pending pending) || clock.instant().isAfter(pending.createdAt().plusSeconds(PENDING_MINUTES * 60L))) {
            back(req, res, "expired");
            return;
        }
        Optional<OidcProvider> provider = providers.find(pending.provider());
        if (provider.isEmpty()) {
            back(req, res, "expired");
            return;
        }
        OidcProvider p = provider.get();
        String address = ClientAddress.of(req);
        try {
            URI back = URI.create(pending.redirectUri() + (req.getQueryString() == null ? "" : "?" + req.getQueryString()));
            AuthenticationResponse response = AuthenticationResponseParser.parse(back);
            if (response.getState() == null || !MessageDigest.isEqual(response.getState().getValue().getBytes(StandardCharsets.UTF_8),
                    pending.state().getBytes(StandardCharsets.UTF_8))) {
                refuse(p, address, "state does not match the session's");
                back(req, res, "expired");
                return;
            }
            if (!response.indicatesSuccess()) {
                String error = response.toErrorResponse().getErrorObject().getCode();
                audit.recordAlone("oidc:" + p.id(), "DENIED_SIGN_IN", "ACCOUNT", null, "provider answered " + error);
                back(req, res, "oidcCancelled");
                return;
            }
            AuthorizationCode code = response.toSuccessResponse().getAuthorizationCode();
            if (code == null) {
                throw new GeneralException("no authorization code");
            }
            OidcProviders.Discovered d = providers.discover(p);
            TokenRequest tokenRequest = new TokenRequest(d.metadata().getTokenEndpointURI(), clientAuthentication(p, d),
                    new AuthorizationCodeGrant(code, URI.create(pending.redirectUri()), new CodeVerifier(pending.verifier())));
            HTTPRequest http = tokenRequest.toHTTPRequest();
            http.setConnectTimeout(OidcProviders.CONNECT_TIMEOUT_MS);
            http.setReadTimeout(OidcProviders.READ_TIMEOUT_MS);
            TokenResponse tokenResponse = OIDCTokenResponseParser.parse(http.send());
            if (!tokenResponse.indicatesSuccess()) {
                throw new GeneralException("token endpoint answered " + tokenResponse.toErrorResponse().getErrorObject().getCode());
            }
            OIDCTokenResponse tokens = (OIDCTokenResponse) tokenResponse.toSuccessResponse();
            JWT idToken = tokens.getOIDCTokens().getIDToken();
            IDTokenClaimsSet claims = d.validator().validate(idToken, new Nonce(pending.nonce()));
            String fiscal = fiscalCode(p, claims, tokens.getOIDCTokens().getBearerAccessToken(), d);
            signIn(p, claims, fiscal, address, req, res);
        } catch (BadJOSEException | JOSEException e) {
            refuse(p, address, "ID token refused: " + e.getMessage());
            back(req, res, "oidcRefused");
        } catch (GeneralException | IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Sign-in through '" + p.id() + "' failed: " + e.getMessage());
            refuse(p, address, "provider error: " + e.getMessage());
            back(req, res, "oidcRefused");
        }
    }

    private ClientAuthentication clientAuthentication(OidcProvider p, OidcProviders.Discovered d) throws JOSEException {
        ClientID client = new ClientID(p.clientId());
        if (p.privateKeyJwk() != null) {
            try {
                RSAKey key = JWK.parse(p.privateKeyJwk()).toRSAKey();
                return new PrivateKeyJWT(client, d.metadata().getTokenEndpointURI(), JWSAlgorithm.RS256, key.toRSAPrivateKey(),
                        key.getKeyID(), null);
            } catch (java.text.ParseException e) {
                throw new JOSEException("unreadable private key: " + e.getMessage(), e);
            }
        }
        return new ClientSecretBasic(client, new Secret(p.clientSecret()));
    }

    /** @return the fiscal code claim: from the validated ID token, else from UserInfo (same subject), else null */
    private String fiscalCode(OidcProvider p, IDTokenClaimsSet claims, BearerAccessToken accessToken, OidcProviders.Discovered d)
            throws IOException, ParseException {
        String inToken = claims.getStringClaim(p.fiscalCodeClaim());
        if (inToken != null || d.metadata().getUserInfoEndpointURI() == null || accessToken == null) {
            return inToken;
        }
        HTTPRequest http = new UserInfoRequest(d.metadata().getUserInfoEndpointURI(), accessToken).toHTTPRequest();
        http.setConnectTimeout(OidcProviders.CONNECT_TIMEOUT_MS);
        http.setReadTimeout(OidcProviders.READ_TIMEOUT_MS);
        UserInfoResponse info = UserInfoResponse.parse(http.send());
        if (!info.indicatesSuccess() || info.toSuccessResponse().getUserInfo() == null) {
            // a signed or encrypted UserInfo (the SPID/CIE federation's) is not read yet: docs/operations.md
            return null;
        }
        UserInfo userInfo = info.toSuccessResponse().getUserInfo();
        return claims.getSubject().equals(userInfo.getSubject()) ? userInfo.getStringClaim(p.fiscalCodeClaim()) : null;
    }

    private void signIn(OidcProvider p, IDTokenClaimsSet claims, String fiscal, String address, HttpServletRequest req,
            HttpServletResponse res) throws IOException {
        FiscalCode code;
        try {
            code = FiscalCode.parse(fiscal == null ? "" : fiscal);
        } catch (IllegalArgumentException e) {
            refuse(p, address, "no valid fiscal code in claim " + p.fiscalCodeClaim());
            back(req, res, "oidcRefused");
            return;
        }
        Optional<Person> person = people.findByFiscalCode(code);
        if (person.isEmpty()) {
            // no account is made by signing in: a coordinator or administrator registers the fiscal code first
            refuse(p, address, "no account with fiscal code " + code.value());
            back(req, res, "unknownPerson");
            return;
        }
        ACR acr = claims.getACR();
        boolean strong = p.isStrong(acr == null ? null : acr.getValue());
        SignInService.Result result = signIn.external(person.get().getId(),
                p.id() + (acr == null ? "" : " " + acr.getValue()) + (strong ? " (strong)" : ""), address);
        if (result.outcome() != Outcome.SIGNED_IN) {
            back(req, res, result.outcome() == Outcome.THROTTLED ? "throttled" : "invalid");
            return;
        }
        HttpSession session = req.getSession(true);
        String returnTo = SessionStart.takeReturnTo(session);
        if (result.secondFactor() && !strong) {
            SessionStart.pending(req, res, proxies, result, returnTo, clock.instant());
            redirect(res, req.getContextPath() + PortalAuthenticationMechanism.CODE_PAGE);
            return;
        }
        redirect(res, req.getContextPath() + SessionStart.establish(req, res, proxies, result, strong, returnTo));
    }

    private void refuse(OidcProvider p, String address, String why) {
        signIn.failed(address);
        audit.recordAlone("oidc:" + p.id(), "DENIED_SIGN_IN", "ACCOUNT", null, why.length() > 400 ? why.substring(0, 400) : why);
        LOG.info(() -> "Sign-in through '" + p.id() + "' refused from " + address + ": " + why);
    }

    private static void back(HttpServletRequest req, HttpServletResponse res, String error) {
        redirect(res, req.getContextPath() + "/login.xhtml?error=" + error);
    }

    private static void redirect(HttpServletResponse res, String location) {
        res.setHeader("Cache-Control", "no-store");
        res.setStatus(HttpServletResponse.SC_FOUND);
        res.setHeader("Location", location);
    }
}
