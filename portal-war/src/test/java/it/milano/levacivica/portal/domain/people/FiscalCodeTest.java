package it.milano.levacivica.portal.domain.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FiscalCodeTest {

    @Test
    void publishedExamplesParseWithTheirCheckCharacter() {
        // the examples of the Agenzia delle Entrate's and Wikipedia's descriptions of the algorithm
        assertEquals("MRTMTT25D09F205Z", FiscalCode.parse("MRTMTT25D09F205Z").value());
        assertEquals("RSSMRA80A01H501U", FiscalCode.parse("RSSMRA80A01H501U").value());
    }

    @Test
    void spidsPrefixCaseAndSpacesAreIgnored() {
        assertEquals(FiscalCode.parse("MRTMTT25D09F205Z"), FiscalCode.parse(" tinit-mrtmtt25d09f205z "));
    }

    @Test
    void aHomocodeWithLettersForDigitsIsAccepted() {
        // 5 -> R in the last digit of the place code, check character recomputed
        String first15 = "MRTMTT25D09F20R";
        String code = first15 + FiscalCode.checkCharacter(first15);
        assertEquals(code, FiscalCode.parse(code).value());
    }

    @Test
    void aWrongCheckCharacterOrShapeIsRefusedNamingTheValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FiscalCode.parse("MRTMTT25D09F205A"));
        assertTrue(e.getMessage().contains("MRTMTT25D09F205A"));
        for (String bad : new String[] {"", "MRTMTT25D09F205", "MRTMTT25D09F205ZZ", "12345678901", "MRTMTT25Z09F205Z", "TINIT-"}) {
            assertThrows(IllegalArgumentException.class, () -> FiscalCode.parse(bad), bad);
        }
        assertThrows(NullPointerException.class, () -> FiscalCode.parse(null));
    }
}
