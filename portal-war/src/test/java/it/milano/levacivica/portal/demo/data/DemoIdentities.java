package it.milano.levacivica.portal.demo.data;

import it.milano.levacivica.portal.domain.people.FiscalCode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo people's fiscal codes, for signing in through the demo's SPID/CIE provider. Obviously fictional:
 * everyone was born on 1 January 2000 in "Z999", a place code that no municipality or country has; the
 * check character is right, so that the portal accepts them.
 */
public final class DemoIdentities {

    /** user name → fiscal code, in the order the demo provider's page lists them. */
    public static final Map<String, String> FISCAL_CODES = new LinkedHashMap<>();

    static {
        put("volunteer", "RSSGLI00A41Z999");
        put("volunteer2", "BNCLCU00A01Z999");
        put("volunteer3", "SPSSRA00A41Z999");
        put("tutor", "FRRMRC00A01Z999");
        put("socialworker", "CLMNNA00A41Z999");
        put("socialworker2", "GLLMRT00A41Z999");
        put("coordinator", "RCCPLA00A01Z999");
        put("admin", "MRTLNE00A41Z999");
    }

    private DemoIdentities() {
    }

    private static void put(String username, String first15) {
        FISCAL_CODES.put(username, first15 + FiscalCode.checkCharacter(first15));
    }
}
