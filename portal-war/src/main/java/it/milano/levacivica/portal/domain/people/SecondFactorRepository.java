package it.milano.levacivica.portal.domain.people;

import java.util.List;
import java.util.Optional;

/** Where second factors and their recovery codes are kept. */
public interface SecondFactorRepository {
    /** @param personId an account @return its enrolled factor */
    Optional<SecondFactor> find(long personId);
    /** @param personId an account @return whether it has an enrolled factor */
    boolean isEnrolled(long personId);
    void add(SecondFactor factor);
    void addRecoveryCode(RecoveryCode code);
    /** @param personId an account @return its recovery codes not used yet */
    List<RecoveryCode> unusedRecoveryCodes(long personId);
    /** Removes the account's factor and all its recovery codes. @return whether it had one */
    boolean remove(long personId);
}
