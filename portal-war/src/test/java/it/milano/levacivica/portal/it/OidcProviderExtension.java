package it.milano.levacivica.portal.it;

import java.net.InetAddress;
import java.util.concurrent.atomic.AtomicReference;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.Route;
import okhttp3.Headers;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One real OpenID Connect provider per test JVM (NAV's mock-oauth2-server, in-process, 127.0.0.1 only), with
 * the issuers {@code /spid} and {@code /cie}. It sets {@code portal.it.oidcBase} for arquillian.xml, so it
 * must be listed before ArquillianExtension. Tests say who signs in next with {@link MockOAuth2Server#enqueueCallback};
 * {@link #answerNextTokenRequestWith} makes the next token request answer an ID token of the test's choosing
 * (a tampered one).
 */
public class OidcProviderExtension implements BeforeAllCallback {

    private static MockOAuth2Server server;
    private static final AtomicReference<String> NEXT_ID_TOKEN = new AtomicReference<>();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (OidcProviderExtension.class) {
            if (server == null) {
                server = new MockOAuth2Server(new OAuth2Config(false, null), new ForcedTokenResponse());
                server.start(InetAddress.getByName("127.0.0.1"), 0);
                String base = server.baseUrl().toString();
                System.setProperty("portal.it.oidcBase", base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
                MockOAuth2Server started = server;
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                        .put("oidc", (ExtensionContext.Store.CloseableResource) started::shutdown);
            }
        }
    }

    /** @return the running provider */
    static MockOAuth2Server server() {
        return server;
    }

    /** @param idToken the ID token the next token request (of any issuer) answers, whatever it asks */
    static void answerNextTokenRequestWith(String idToken) {
        NEXT_ID_TOKEN.set(idToken);
    }

    /** Answers the token endpoint with the ID token set by the test, once; every other request goes to the provider. */
    private static final class ForcedTokenResponse implements Route {
        @Override
        public boolean match(OAuth2HttpRequest request) {
            return "POST".equals(request.getMethod()) && request.getUrl().encodedPath().endsWith("/token") && NEXT_ID_TOKEN.get() != null;
        }

        @Override
        public OAuth2HttpResponse invoke(OAuth2HttpRequest request) {
            String idToken = NEXT_ID_TOKEN.getAndSet(null);
            String body = "{\"access_token\":\"forced\",\"token_type\":\"Bearer\",\"expires_in\":300,\"id_token\":\"" + idToken + "\"}";
            return new OAuth2HttpResponse(Headers.of("Content-Type", "application/json;charset=UTF-8"), 200, body, null);
        }
    }
}
