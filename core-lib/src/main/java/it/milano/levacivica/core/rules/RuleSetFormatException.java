package it.milano.levacivica.core.rules;

/**
 * A rule-set file that cannot be used: malformed, incomplete or inconsistent. The message names the
 * source and, where there is one, the line.
 */
public final class RuleSetFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** The name of the file or resource that was read. */
    private final String source;
    /** The 1-based line of the problem, or 0 for the file as a whole. */
    private final int line;

    RuleSetFormatException(String source, int line, String message) {
        super(source + (line > 0 ? ", line " + line : "") + ": " + message);
        this.source = source;
        this.line = line;
    }

    /** @return the name of the file or resource that was read */
    public String source() {
        return source;
    }

    /** @return the 1-based line of the problem, or 0 when the problem is the file as a whole */
    public int line() {
        return line;
    }
}
