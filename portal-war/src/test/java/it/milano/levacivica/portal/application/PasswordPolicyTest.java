package it.milano.levacivica.portal.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesShortCommonSequencesRepeatsAndTheUserName() {
        for (String weak : List.of("", "short", "12345678901", "password1234", "PASSWORD1234", "iloveyou2026!", "passwordpassword",
                "123456789012", "abcdefghijkl", "qwertyuiop12", "aaaaaaaaaaaaaaaa", "giulia.rossi-2026", "1q2w3e4r5t6y", "x".repeat(129))) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> policy.check(weak, "giulia.rossi", "password"), weak);
            assertEquals(List.of("password"), List.copyOf(e.fieldErrors().keySet()), weak);
        }
    }

    @Test
    void acceptsLongPassphrasesWithAnyCharacters() {
        for (String good : List.of("correct-horse", "la mia frase segreta", "Łódź è una città", "tram 14 per Lorenteggio", "y".repeat(3) + "z9!Kp#mQ2wL")) {
            assertDoesNotThrow(() -> policy.check(good, "giulia.rossi", "password"), good);
        }
    }
}
