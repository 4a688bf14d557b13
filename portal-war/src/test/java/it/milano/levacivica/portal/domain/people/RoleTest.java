package it.milano.levacivica.portal.domain.people;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoleTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 30, 9, 0);

    @Test
    void anAdministratorNeverReadsCaseContent() {
        assertThrows(IllegalArgumentException.class, () -> Role.checkSeparationOfDuties(EnumSet.of(Role.ADMIN, Role.SOCIAL_WORKER)));
        assertDoesNotThrow(() -> Role.checkSeparationOfDuties(EnumSet.of(Role.ADMIN, Role.COORDINATOR)));
        Person p = new Person("elena", "Elena", "e@example.org", "hash", Set.of(Role.ADMIN), NOW);
        assertThrows(IllegalArgumentException.class, () -> p.changeRoles(EnumSet.of(Role.ADMIN, Role.SOCIAL_WORKER)));
        assertThrows(IllegalArgumentException.class,
                () -> new Person("x", "X", "x@example.org", "hash", EnumSet.of(Role.SOCIAL_WORKER, Role.ADMIN), NOW));
    }

    @Test
    void everyChangeOfAccessRenewsTheSecurityStampAndNothingElseDoes() {
        Person p = new Person("anna", "Anna", "a@example.org", "hash", Set.of(Role.SOCIAL_WORKER), NOW);
        String s0 = p.getSecurityStamp();
        p.rename("Anna Colombo", "anna@example.org");
        p.changeRoles(EnumSet.of(Role.SOCIAL_WORKER));
        p.setEnabled(true);
        p.recordSuccessfulLogin(NOW);
        assertEquals(s0, p.getSecurityStamp(), "no change of access");
        p.changeRoles(EnumSet.of(Role.SOCIAL_WORKER, Role.TUTOR));
        String s1 = p.getSecurityStamp();
        assertNotEquals(s0, s1);
        p.setEnabled(false);
        String s2 = p.getSecurityStamp();
        assertNotEquals(s1, s2);
        p.changePasswordHash("other", true, NOW);
        String s3 = p.getSecurityStamp();
        assertNotEquals(s2, s3);
        p.lockUntil(NOW.plusMinutes(15));
        assertNotEquals(s3, p.getSecurityStamp());
    }
}
