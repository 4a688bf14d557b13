package it.milano.levacivica.portal.demo;

import it.milano.levacivica.portal.demo.data.DemoIdentities;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;

/**
 * The demo's SPID and CIE: a real OpenID Connect provider (NAV's mock-oauth2-server) on 127.0.0.1 with the
 * issuers {@code /spid} and {@code /cie}. Its sign-in page lists the demo people; choosing one answers an
 * ID token with that person's fictional fiscal code ({@link DemoIdentities}) at SPID level 2.
 */
final class DemoIdentityProvider {

    static final String CLAIM = "https://attributes.eid.gov.it/fiscal_number";
    static final String SPID_L2 = "https://www.spid.gov.it/SpidL2";

    private final MockOAuth2Server server;
    private final int port;

    private DemoIdentityProvider(MockOAuth2Server server, int port) {
        this.server = server;
        this.port = port;
    }

    /** @param port the port on 127.0.0.1 @param dir where to write its sign-in page */
    static DemoIdentityProvider start(int port, Path dir) throws IOException {
        Path page = dir.resolve("oidc-login.html");
        Files.writeString(page, loginPage(), StandardCharsets.UTF_8);
        MockOAuth2Server server = new MockOAuth2Server(new OAuth2Config(true, page.toString()));
        server.start(InetAddress.getByName("127.0.0.1"), port);
        return new DemoIdentityProvider(server, port);
    }

    /** @param id "spid" or "cie" @return its issuer URL */
    String issuer(String id) {
        return "http://127.0.0.1:" + port + "/" + id;
    }

    /** Adds the portal's configuration of both providers to the environment of the Payara process. */
    void configure(Map<String, String> env) {
        env.put("PORTAL_OIDC_PROVIDERS", "spid,cie");
        for (String id : new String[] {"spid", "cie"}) {
            String p = "PORTAL_OIDC_" + id.toUpperCase() + "_";
            env.put(p + "ISSUER", issuer(id));
            env.put(p + "CLIENTID", "portal-demo");
            env.put(p + "CLIENTSECRET", "demo-secret");
        }
        env.put("PORTAL_OIDC_SPID_STRONGACR", SPID_L2 + ",https://www.spid.gov.it/SpidL3");
        env.put("PORTAL_OIDC_CIE_STRONGACR", "*");
        // offered, not required: the demo's staff accounts sign in with passwords until they enrol (docs/security.md)
        env.put("PORTAL_SECONDFACTOR_REQUIRED", "false");
    }

    void stop() {
        server.shutdown();
    }

    /** The provider's sign-in page: one button per demo person (it posts the subject and the claims, as the provider expects). */
    private static String loginPage() {
        StringBuilder buttons = new StringBuilder();
        DemoIdentities.FISCAL_CODES.forEach((username, code) -> {
            String claims = "{\"" + CLAIM + "\":\"TINIT-" + code + "\",\"acr\":\"" + SPID_L2 + "\"}";
            buttons.append("<form method=\"post\"><input type=\"hidden\" name=\"username\" value=\"").append(code)
                    .append("\"><input type=\"hidden\" name=\"claims\" value=\"").append(claims.replace("\"", "&quot;"))
                    .append("\"><button type=\"submit\" id=\"as-").append(username).append("\">").append(username)
                    .append(" &middot; TINIT-").append(code).append("</button></form>\n");
        });
        String nobody = "XXXXXX00A01Z999" + it.milano.levacivica.portal.domain.people.FiscalCode.checkCharacter("XXXXXX00A01Z999");
        String unknown = "{\"" + CLAIM + "\":\"TINIT-" + nobody + "\",\"acr\":\"" + SPID_L2 + "\"}";
        return "<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Identità di prova (demo)</title><style>body{font-family:sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem}"
                + "button{display:block;width:100%;margin:.4rem 0;padding:.6rem;font-size:1rem;text-align:left}</style></head><body>"
                + "<h1>Fornitore di identità di prova</h1><p>Solo per la demo: scegli chi sta entrando (SPID livello 2). "
                + "I codici fiscali sono inventati.</p>\n" + buttons
                + "<form method=\"post\"><input type=\"hidden\" name=\"username\" value=\"sconosciuto\"><input type=\"hidden\" name=\"claims\" value=\""
                + unknown.replace("\"", "&quot;") + "\"><button type=\"submit\" id=\"as-unknown\">una persona non registrata (rifiutata)</button></form>"
                + "</body></html>";
    }
}
