package it.milano.levacivica.portal.application;

import com.nulabinc.zxcvbn.StandardDictionaries;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.passay.DictionaryRule;
import org.passay.EnglishSequenceData;
import org.passay.IllegalSequenceRule;
import org.passay.LengthRule;
import org.passay.PasswordData;
import org.passay.PasswordValidator;
import org.passay.RepeatCharacterRegexRule;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

/**
 * The password policy (OWASP ASVS 2.1): 12 to 128 characters, any characters; not one of the 30,000 most
 * common passwords (zxcvbn4j's list, compared ignoring case), nor one of them with digits or symbols
 * around it or said twice; not containing the user name, no runs of
 * five keys in a row ("12345", "qwert", "abcde") or of one character repeated four times. Built with
 * Passay; thread-safe.
 */
@ApplicationScoped
public class PasswordPolicy {

    /** Shortest password accepted. */
    public static final int MIN_LENGTH = 12;
    /** Longest password accepted (PBKDF2 cost stays bounded). */
    public static final int MAX_LENGTH = 128;

    private final PasswordValidator validator;
    private final java.util.Set<String> commonWords;

    public PasswordPolicy() {
        List<String> common;
        try {
            common = StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies().stream()
                    .map(w -> w.toLowerCase(Locale.ROOT)).distinct().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("zxcvbn's list of common passwords cannot be read", e);
        }
        commonWords = java.util.Set.copyOf(common);
        WordListDictionary dictionary = new WordListDictionary(
                new ArrayWordList(common.toArray(String[]::new), false, new ArraysSort()));
        validator = new PasswordValidator(
                new LengthRule(MIN_LENGTH, MAX_LENGTH),
                new DictionaryRule(dictionary),
                new UsernameRule(true, true),
                new IllegalSequenceRule(EnglishSequenceData.Alphabetical, 5, false),
                new IllegalSequenceRule(EnglishSequenceData.Numerical, 5, false),
                new IllegalSequenceRule(EnglishSequenceData.USQwerty, 5, false),
                new RepeatCharacterRegexRule(4));
    }

    /**
     * A common password dressed up: with digits or symbols around it ("iloveyou2026!"), or said twice
     * ("passwordpassword").
     */
    private boolean commonAtHeart(String password) {
        String p = password.toLowerCase(Locale.ROOT);
        String core = p.replaceAll("^[^\\p{L}]+", "").replaceAll("[^\\p{L}]+$", "");
        if (core.length() >= 4 && commonWords.contains(core)) {
            return true;
        }
        int half = p.length() / 2;
        return p.length() % 2 == 0 && p.substring(0, half).equals(p.substring(half)) && commonWords.contains(p.substring(0, half));
    }

    /**
     * @param password the password chosen
     * @param username the account's name
     * @throws InvalidInputException naming the field {@code field} if the password is not accepted
     */
    public void check(String password, String username, String field) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw InvalidInputException.of(field, "validation.password");
        }
        if (!validator.validate(new PasswordData(username == null ? "" : username, password)).isValid() || commonAtHeart(password)) {
            throw InvalidInputException.of(field, "validation.password.weak");
        }
    }
}
