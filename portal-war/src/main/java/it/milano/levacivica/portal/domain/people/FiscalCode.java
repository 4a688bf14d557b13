package it.milano.levacivica.portal.domain.people;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An Italian fiscal code of a natural person (<i>codice fiscale</i>), the 16-character form: six letters
 * of the names, the birth date and sex (with the letters that replace digits in homocodes), the place
 * code and the check character. SPID and CIE give it as {@code TINIT-} followed by the code.
 *
 * <p>Immutable, compared by value, always upper case.
 */
public final class FiscalCode implements Serializable {

    private static final long serialVersionUID = 1L;

    /** What SPID and CIE put in front of an Italian fiscal code (ETSI EN 319 412-1 natural person identifier). */
    public static final String TIN_PREFIX = "TINIT-";

    private static final Pattern SHAPE = Pattern.compile(
            "[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]");
    /** Values of the characters in odd positions (1st, 3rd, ...), for 0-9 then A-Z. */
    private static final int[] ODD = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
        1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

    private final String value;

    private FiscalCode(String value) {
        this.value = value;
    }

    /**
     * @param text a fiscal code, in any case, with or without the {@code TINIT-} prefix and surrounding spaces
     * @return the fiscal code
     * @throws NullPointerException if text is null
     * @throws IllegalArgumentException if it is not a well-formed code with the right check character (the message names it)
     */
    public static FiscalCode parse(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (s.startsWith(TIN_PREFIX)) {
            s = s.substring(TIN_PREFIX.length());
        }
        if (!SHAPE.matcher(s).matches()) {
            throw new IllegalArgumentException("not a fiscal code: '" + text + "'");
        }
        if (checkCharacter(s) != s.charAt(15)) {
            throw new IllegalArgumentException("wrong check character in fiscal code: '" + text + "'");
        }
        return new FiscalCode(s);
    }

    /** @param first15 the first 15 characters of a code @return its check character */
    public static char checkCharacter(String first15) {
        int sum = 0;
        for (int i = 0; i < 15; i++) {
            char c = first15.charAt(i);
            int index = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += i % 2 == 0 ? ODD[index] : (Character.isDigit(c) ? c - '0' : c - 'A');
        }
        return (char) ('A' + sum % 26);
    }

    /** @return the 16 characters, upper case */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FiscalCode f && f.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
