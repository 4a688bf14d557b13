package it.milano.levacivica.portal.domain.people;

/** Turns passwords into hashes that can be stored, and checks a password against one. */
public interface PasswordHasher {

    /** @param password the clear password @return a self-describing hash (algorithm, iterations, salt) */
    String hash(char[] password);

    /** @param password the clear password @param hash a stored hash @return whether they match */
    boolean verify(char[] password, String hash);
}
