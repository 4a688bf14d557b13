package it.milano.levacivica.portal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CertificateCodeTest {

    @Test
    void aCodeReadsTheSameHoweverItIsTyped() {
        String code = CertificateService.newCode();
        assertTrue(code.matches("LC-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}"), code);
        assertEquals(code, CertificateService.normalise(code.toLowerCase().replace("-", " ")));
        assertEquals(code, CertificateService.normalise(" " + code.substring(3).replace("-", "") + " "));
    }

    @Test
    void anythingElseIsNoCode() {
        assertNull(CertificateService.normalise(null));
        assertNull(CertificateService.normalise("LC-1234"));
        assertNull(CertificateService.normalise("x".repeat(61)));
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(CertificateService.newCode()));
        }
    }
}
